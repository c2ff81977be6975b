// The words of a folder check's progress: counts with thousands separators, a noun that agrees.
import * as assert from 'node:assert/strict';
import { formatCount, progressMessage } from '../../src/service/folderProgress';
import { english } from '../../src/service/localize';

describe('folder progress words', () => {
  it('says "312 of 1,000 letters"', () => {
    assert.equal(progressMessage({ done: 312, total: 1000 }, english), '312 of 1,000 letters');
    assert.equal(progressMessage({ done: 0, total: 2 }, english), '0 of 2 letters');
  });

  it('agrees with a total of one, and never writes "(s)"', () => {
    assert.equal(progressMessage({ done: 0, total: 1 }, english), '0 of 1 letter');
    assert.doesNotMatch(progressMessage({ done: 1, total: 1 }, english), /\(s\)/);
  });

  it('writes counts with thousands separators', () => {
    assert.deepEqual([0, 999, 1000, 12345, 1234567].map(formatCount), ['0', '999', '1,000', '12,345', '1,234,567']);
  });
});
