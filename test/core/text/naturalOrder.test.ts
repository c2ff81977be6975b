// Natural order of file names: numbers compare as numbers, then case decides between names that differ only in it.
import * as assert from 'node:assert/strict';
import { compareNatural } from '../../../src/core/text/naturalOrder';

describe('natural order of names', () => {
  it('puts letter-2 before letter-10, and ignores case while the names differ otherwise', () => {
    assert.deepEqual(['letter-10.txt', 'letter-2.txt', 'Letter-1.txt', 'letter-3.txt'].sort(compareNatural), ['Letter-1.txt', 'letter-2.txt', 'letter-3.txt', 'letter-10.txt']);
    assert.ok(compareNatural('b', 'A') > 0);
    assert.ok(compareNatural('a', 'B') < 0);
  });

  it('orders names that differ only in case by their code units, both ways, and gives 0 for the same name', () => {
    assert.equal(compareNatural('A.txt', 'a.txt'), -1);
    assert.equal(compareNatural('a.txt', 'A.txt'), 1);
    assert.equal(compareNatural('a.txt', 'a.txt'), 0);
  });
});
