// base-mismatch: the satisfactory-remedy block's own total ("based on a total of 12 upheld decisions",
// or "… detailed investigations" on 2020 and 2022-23 pages) is the upheld decisions, and must say so.
import * as assert from 'node:assert/strict';
import { reviewText } from '../../../src/core';
import { formatFixture, replaceOnce } from '../support/formatFixtures';
import { applyFix, offsetOf, realLetter, rochford } from '../support/letters';
import { assertFixRemoves, assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'base-mismatch';
/** Letter 004 with K upheld decisions of 8 investigations, and the remedy block's printed base. */
const letter = (k: string, printedBase: string): string =>
  rochford({ upheldPercent: String(Math.round((100 * Number(k)) / 8)), upheldDecisions: k, investigations: '8', remedyBase: printedBase });
const remedyBaseAt = (text: string, n: string): number => text.lastIndexOf(`total of ${n} detailed`) + 'total of '.length;

describe(`check ${CODE}`, () => {
  it('fires when the remedy block is based on 3 but 2 complaints were upheld: on the remedy block\'s number, with the upheld decisions related', () => {
    const text = letter('2', '3');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'The satisfactory remedy percentage is based on 3 detailed investigations, but the letter counts 2 upheld decisions');
    assertOn(text, f, '3', remedyBaseAt(text, '3'));
    assertRelated(text, f, [{ message: '2 upheld decisions', source: '2', offset: offsetOf(text, '\n2\nupheld decisions') + 1 }]);
  });

  it('offers to set the remedy block\'s base to the upheld decisions, which clears it', () => {
    const text = letter('2', '3');
    const f = assertOne(text, CODE);
    assert.equal(f.fix?.title, 'Change 3 to 2, the upheld decisions');
    const fixed = assertFixRemoves(text, f, '2');
    assert.ok(fixed.endsWith('total of 2 detailed investigations for the period between 1 April 2019 to 31 March 2020'));
  });

  it('fixes only the number: a base that becomes 1 leaves its noun to plural-mismatch\'s own fix', () => {
    const text = letter('1', '3');
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The satisfactory remedy percentage is based on 3 detailed investigations, but the letter counts 1 upheld decision');
    const fixed = applyFix(text, f);
    assertNone(fixed, CODE);
    assert.deepEqual(reviewText(fixed).findings.map((f) => f.code), ['plural-mismatch']);
  });

  it('never compares the base with the detailed investigations: 2 of 8 upheld, based on 2, passes; based on 8 fails', () => {
    assertNone(letter('2', '2'), CODE);
    assertOne(letter('2', '8'), CODE);
  });

  it('stays silent on the real letter 004 and on every year\'s format fixture', () => {
    assertNone(realLetter('004'), CODE);
    for (const name of ['2018-19-statistics.txt', '2020-21-bulleted.md', '2021-22-compact.txt', '2021-22-glued.txt', '2022-23-population-glued.txt', '2022-23-statistics.txt', '2023-24-statistics.txt', '2024-25-letter.txt']) {
      assertNone(formatFixture(name), CODE);
    }
  });

  it('reads the base labelled "upheld decisions" (2018-19 and later pages)', () => {
    const text = replaceOnce(formatFixture('2018-19-statistics.txt'), 'total of 5 upheld decisions', 'total of 6 upheld decisions');
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The satisfactory remedy percentage is based on 6 upheld decisions, but the letter counts 5 upheld decisions');
    assertOn(text, f, '6', offsetOf(text, '6 upheld decisions'));
  });

  it('reads the upheld decisions of the 2024-25 form in "We investigated 15 complaints and upheld 11"', () => {
    const text = replaceOnce(formatFixture('2024-25-letter.txt'), 'total of 11 upheld decisions', 'total of 12 upheld decisions');
    const f = assertOne(text, CODE);
    assertRelated(text, f, [{ message: '11 upheld decisions', source: '11', offset: offsetOf(text, 'upheld 11.') + 'upheld '.length }]);
  });

  it('stays silent when the upheld decisions are not stated', () => assertNone(letter('2', '3').replace('\n2\nupheld decisions\n', '\n'), CODE));

  it('reports the remedy block\'s base stated a second time with another value, on the second', () => {
    const base = realLetter('004');
    const text = `${base}\n\nStatistics are based on a total of 2 upheld decisions for the period between 1 April 2019 to 31 March 2020`;
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'Total the remedy percentage is based on: 2 here, but 1 where the letter first states it');
    assertOn(text, f, '2', offsetOf(text, '2 upheld decisions'));
    assertRelated(text, f, [{ message: 'first stated: 1', source: '1', offset: remedyBaseAt(text, '1') }]);
    assertNone(`${base}\n\nStatistics are based on a total of 1 upheld decision for the period between 1 April 2019 to 31 March 2020`, CODE);
  });

  it('stays silent when another council is named between the two (its figures may be that council\'s)', () => {
    const kent = formatFixture('2022-23-statistics.txt');
    const other = replaceOnce(kent, '15% Complaints with satisfactory remedy provided by Kent County Council', '15% Complaints with satisfactory remedy provided by Medway Council');
    assertNone(replaceOnce(other, 'total of 48 detailed investigations', 'total of 47 detailed investigations'), CODE);
    assertOne(replaceOnce(kent, 'total of 48 detailed investigations', 'total of 47 detailed investigations'), CODE);
  });

  it('stays silent when the letter quotes more than one period (the blocks may be of different years)', () => {
    const text = letter('2', '3').replace(/(total of 3 detailed investigations for the period between) 1 April 2019 to 31 March 2020$/, '$1 1 April 2018 to 31 March 2019');
    assert.ok(text.endsWith('31 March 2019'));
    assertNone(text, CODE);
  });
});
