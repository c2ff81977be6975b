// table-total-mismatch: a table's Total must be the sum of its columns (letters before 2019-20).
import * as assert from 'node:assert/strict';
import { reviewText } from '../../../src/core';
import { formatFixture, replaceOnce } from '../support/formatFixtures';
import { assertFixRemoves, assertNone, assertOn, assertOne } from '../support/review';

const CODE = 'table-total-mismatch';
const letter = (): string => formatFixture('2018-19-letter-tables.txt');

describe(`check ${CODE}`, () => {
  it('fires when the received total is not the sum of the service areas, on the total', () => {
    const text = replaceOnce(letter(), '9 11 1 48', '9 11 1 49');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'The complaints and enquiries received total is 49, but its columns add up to 48');
    assertOn(text, f, '49', text.indexOf('9 11 1 49') + '9 11 1 '.length);
    assert.deepEqual(f.related.map((r) => [r.message, text.slice(r.span.start, r.span.end)]), [['The complaints and enquiries received table', 'Complaints and enquiries received']]);
    assert.equal(f.fix?.title, 'Change 49 to 48');
    assertFixRemoves(text, f, '48');
  });
  it('stays silent when the total is "n/a"', () => assertNone(replaceOnce(letter(), '9 11 1 48', '9 11 1 n/a'), CODE));
  it('fires when the decisions total is off', () => {
    const text = replaceOnce(letter(), '21 63% 46', '21 63% 45');
    assert.match(assertOne(text, CODE).message, /total is 45, but its columns add up to 46/);
  });
  it('stays silent when a counted cell is "n/a": the total cannot be checked', () => {
    // Corporate services (3 of the 48) printed "n/a": counting it as 0 would make the total look wrong.
    const text = replaceOnce(letter(), '6 4 3 2 7 5 9 11 1 48', '6 4 n/a 2 7 5 9 11 1 48');
    const received = reviewText(text).letter.statistics.tables?.find((t) => t.name === 'received');
    assert.deepEqual(received?.columns.map((c) => c.figure.value), [6, 4, null, 2, 7, 5, 9, 11, 1, 48], 'the table is read, with the n/a cell');
    assertNone(text, CODE);
  });

  it('stays silent on the fixture, whose totals add up, and on letters without tables', () => {
    assertNone(letter(), CODE);
    assertNone(formatFixture('2024-25-letter.txt'), CODE);
  });
});
