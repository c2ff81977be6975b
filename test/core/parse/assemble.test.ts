// An average belongs to the statement it follows (issue 11, item 4): the area of the statement read
// just before it, in the sentence before; when that statement was not read, the average is dropped,
// never given to another area.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../src/core';
import { formatFixture } from '../support/formatFixtures';
import { at, realLetter } from '../support/letters';

const averages = (text: string): [string, string | null][] => {
  const s = parseLetter(text).statistics;
  return (['upheld', 'compliance', 'remedy'] as const).map((a) => [a, s[a]?.average ? at(text, s[a]!.average!.span) : null]);
};

describe('averages and the statements they follow', () => {
  it('gives each average of the real letter 004 to its own block', () => {
    assert.deepEqual(averages(realLetter('004')), [['upheld', '45'], ['compliance', '99'], ['remedy', '20']]);
  });

  it('drops an average whose sentence before was not read, rather than giving it to complaints upheld', () => {
    const text = 'The Council acted on every one of the recommendations made. This compares to an average of 99% in similar authorities.';
    const s = parseLetter(text).statistics;
    assert.deepEqual([s.upheld, s.compliance, s.remedy], [null, null, null]);
  });

  it('drops it after a heading when an unread sentence stands between them', () => {
    const text = 'Compliance with Ombudsman recommendations\n\nThe Council acted on every one of the recommendations made.\n\nThis compares to an average of 99% in similar authorities.';
    assert.deepEqual(averages(text), [['upheld', null], ['compliance', null], ['remedy', null]]);
  });

  it('drops it after the upheld block when the compliance sentence before it was not read (its heading cut short)', () => {
    const t = realLetter('004');
    const text = t.replace('In **100%** of cases we were satisfied the authority had successfully implemented', 'In **100%** of cases the authority acted on');
    assert.deepEqual(averages(text), [['upheld', '45'], ['compliance', null], ['remedy', '20']]);
  });

  it('gives it to a heading in the same sentence ("Complaints upheld: this compares to …")', () => {
    assert.deepEqual(averages('Complaints upheld: this compares to an average of 50% in similar authorities.'), [['upheld', '50'], ['compliance', null], ['remedy', null]]);
  });

  it('reads sentences glued by a lost line break ("were upheld.This compares")', () => {
    assert.deepEqual(averages(formatFixture('2021-22-glued.txt')), [['upheld', '70'], ['compliance', '99'], ['remedy', '14']]);
  });

  it('drops an average that follows the overview (no key area)', () => {
    const text = 'Between 1 April 2024 to 31 March 2025, we dealt with 59 complaints. This compares to an average of 61% in similar organisations.';
    assert.deepEqual(averages(text), [['upheld', null], ['compliance', null], ['remedy', null]]);
  });
});
