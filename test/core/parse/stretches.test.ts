// The stretches a letter's statements matched, and the keyword places outside them (parse/stretches.ts).
import * as assert from 'node:assert/strict';
import { joined, outside } from '../../../src/core/parse/stretches';

describe('parse: stretches already read', () => {
  it('joins overlapping and touching stretches, in order', () => {
    assert.deepEqual(joined([{ start: 50, end: 60 }, { start: 0, end: 10 }, { start: 5, end: 20 }, { start: 20, end: 30 }]), [0, 30, 50, 60]);
    assert.deepEqual(joined([]), []);
  });

  it('keeps the keyword places not wholly inside a stretch', () => {
    // Stretches [0, 30] and [50, 60]; a keyword of 5 characters.
    assert.deepEqual(outside([0, 25, 26, 40, 48, 50, 55, 56, 70], 5, [0, 30, 50, 60]), [26, 40, 48, 56, 70]);
    assert.deepEqual(outside([3, 9], 2, []), [3, 9]);
  });
});
