// percentage-out-of-range: every percentage and average lies within 0–100; "n/a" is not checked.
import * as assert from 'node:assert/strict';
import { formatFixture, replaceOnce } from '../support/formatFixtures';
import { offsetOf, realLetter, rochford } from '../support/letters';
import { assertNone, assertOn, assertOne, findingsOf } from '../support/review';

const CODE = 'percentage-out-of-range';

describe(`check ${CODE}`, () => {
  it('fires on an upheld percentage of 150%', () => {
    const text = rochford({ upheldPercent: '150' });
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'The upheld percentage is 150%, outside 0–100%');
    assertOn(text, f, '150', offsetOf(text, '150% of complaints'));
  });

  it('is the only finding on an out-of-range percentage: the consistency checks leave it alone', () => {
    const upheld = rochford({ upheldPercent: '150' });
    assert.deepEqual(findingsOf(upheld, 'upheld-inconsistent'), []);
    assertOne(upheld, CODE);
    const remedy = rochford({ remedyPercent: '250' });
    assert.deepEqual(findingsOf(remedy, 'remedy-inconsistent'), []);
    assertOne(remedy, CODE);
  });

  it('fires on each average above 100, on that average', () => {
    const text = rochford({ upheldAverage: '101', complianceAverage: '250', remedyAverage: '999' });
    const found = findingsOf(text, CODE);
    assert.deepEqual(found.map((f) => f.message), [
      'The upheld average is 101%, outside 0–100%',
      'The compliance average is 250%, outside 0–100%',
      'The satisfactory remedy average is 999%, outside 0–100%',
    ]);
    assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['101', '250', '999']);
  });

  it('fires on a caption out of range ("180% Complaints upheld by …", 2022-23 on), on the caption', () => {
    const text = replaceOnce(formatFixture('2022-23-statistics.txt'), '80% Complaints upheld by Kent', '180% Complaints upheld by Kent');
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The upheld caption is 180%, outside 0–100%');
    assertOn(text, f, '180', offsetOf(text, '180% Complaints upheld'));
    assertNone(formatFixture('2022-23-statistics.txt'), CODE);
  });

  it('fires on a compliance percentage of 101.5%', () => {
    const text = rochford({ compliancePercent: '101.5' });
    assertOn(text, assertOne(text, CODE), '101.5');
  });

  it('accepts 0% and 100% (the real letter 004)', () => assertNone(realLetter('004'), CODE));
  it('accepts an average printed "n/a"', () => {
    const text = rochford({ upheldAverage: 'n/a' }).replace('**n/a%**', '**n/a**');
    assert.ok(text.includes('average of **n/a** in similar authorities'));
    assertNone(text, CODE);
    assertNone(text, 'figure-missing');
  });
  it('stays silent on letters without statistics (000–003)', () => {
    for (const id of ['000', '001', '002', '003'] as const) assertNone(realLetter(id), CODE);
  });
});
