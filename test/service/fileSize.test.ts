import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { exceedsSize, formatBytes, utf8Length } from '../../src/service/fileSize';
import { letter, WITH_STATISTICS } from './support/letters';

describe('file size in UTF-8 bytes', () => {
  it('agrees with Buffer.byteLength on any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        assert.equal(utf8Length(s), Buffer.byteLength(s, 'utf8'));
      }),
      { numRuns: 500 },
    );
    assert.equal(utf8Length('£ – 😀'), Buffer.byteLength('£ – 😀'));
  });

  it('compares a text with the limit exactly at the edge', () => {
    const text = letter(WITH_STATISTICS);
    const bytes = Buffer.byteLength(text);
    assert.equal(exceedsSize(text, bytes), false);
    assert.equal(exceedsSize(text, bytes - 1), true);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(400), (s, max) => {
        assert.equal(exceedsSize(s, max + 1), Buffer.byteLength(s) > max + 1);
      }),
    );
  });

  it('formats sizes for people', () => {
    assert.equal(formatBytes(5 * 1024 * 1024), '5 MB');
    assert.equal(formatBytes(1536), '1.5 KB');
    assert.equal(formatBytes(12), '12 bytes');
  });
});
