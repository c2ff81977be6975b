// uphold-rate-inconsistent: uphold rate = 100 × upheld ÷ (upheld + not upheld), ±0.5.
import * as assert from 'node:assert/strict';
import { formatFixture, replaceOnce } from '../support/formatFixtures';
import { assertFixRemoves, assertNone, assertOn, assertOne } from '../support/review';

const CODE = 'uphold-rate-inconsistent';
const withRate = (rate: string): string => replaceOnce(formatFixture('2018-19-letter-tables.txt'), ' 21 63% 46', ` 21 ${rate}% 46`);

describe(`check ${CODE}`, () => {
  it('fires on 70% for 5 upheld and 3 not upheld (62.5%), on the rate', () => {
    const text = withRate('70');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'The uphold rate is 70%, but 5 upheld of 8 detailed investigations is 62.5%');
    assertOn(text, f, '70', text.indexOf(' 21 70%') + 4);
    assert.deepEqual(f.related.map((r) => text.slice(r.span.start, r.span.end)), ['5', '3']);
    assert.deepEqual(f.related.map((r) => r.message), ['5 upheld', '3 not upheld']);
    assert.equal(f.fix?.title, 'Change 70% to 63%');
    assertFixRemoves(text, f, '63');
  });
  it('stays silent when the rate, the upheld or the not upheld cell is "n/a": the rate cannot be checked', () => {
    for (const [from, to] of [[' 21 70% 46', ' 21 n/a 46'], ['2018 / 19 5 3 1', '2018 / 19 n/a 3 1'], ['2018 / 19 5 3 1', '2018 / 19 5 n/a 1']]) {
      assertNone(replaceOnce(withRate('70'), from!, to!), CODE);
    }
  });
  describe('allows ±0.5: 62% and 63% pass, 61% and 64% fail', () => {
    for (const ok of ['62', '63']) it(`accepts ${ok}%`, () => assertNone(withRate(ok), CODE));
    for (const bad of ['61', '64']) it(`rejects ${bad}%`, () => assertOne(withRate(bad), CODE));
  });
});
