// caption-mismatch: a caption ("80% Complaints upheld by …") must repeat its block's percentage.
import * as assert from 'node:assert/strict';
import { formatFixture, replaceOnce } from '../support/formatFixtures';
import { offsetOf } from '../support/letters';
import { assertFixRemoves, assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'caption-mismatch';
const kent = (): string => formatFixture('2022-23-statistics.txt');

describe(`check ${CODE}`, () => {
  it('fires when the upheld caption and sentence disagree, on the caption, with a fix', () => {
    const text = replaceOnce(kent(), '80% Complaints upheld by Kent', '85% Complaints upheld by Kent');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'The complaints upheld caption reads 85%, but its sentence reads 80%');
    assertOn(text, f, '85', offsetOf(text, '85% Complaints upheld'));
    assertRelated(text, f, [{ message: '80%', source: '80', offset: offsetOf(text, '80% of complaints we investigated') }]);
    assert.equal(f.fix?.title, 'Change the caption to 80%');
    assertFixRemoves(text, f, '80');
  });
  it('fires on the compliance caption', () => {
    const text = replaceOnce(kent(), '99% of cases were successfully implemented by', '98% of cases were successfully implemented by');
    assertOn(text, assertOne(text, CODE), '98');
  });
  it('stays silent when captions and sentences agree', () => assertNone(kent(), CODE));
});
