// The flat text being built and its map back to the source: runs that continue each other in both
// texts share one segment, a space goes in only between two runs, and the map answers for any index.
import * as assert from 'node:assert/strict';
import { FlatBuilder } from '../../../src/core/text/flatBuilder';
import { flatten } from '../../../src/core/text/flatten';

describe('the flat text builder', () => {
  it('joins touching runs into one segment and starts a new one where the source jumps', () => {
    const text = 'ab cd*ef';
    const b = new FlatBuilder(text);
    b.copy(0, 2);
    b.space(2);
    b.copy(3, 5);
    b.copy(6, 8);
    assert.equal(b.build(), 'ab cdef');
    assert.deepEqual([b.flatStarts, b.srcStarts, b.length], [[0, 5], [0, 6], 7]);
  });

  it('puts no space before the first run, and places a space where the first of several was', () => {
    const text = ' a \t b';
    const b = new FlatBuilder(text);
    b.space(0);
    b.copy(1, 2);
    b.space(2);
    b.space(3);
    b.space(4);
    b.copy(5, 6);
    assert.equal(b.build(), 'a b');
    assert.deepEqual([b.flatStarts, b.srcStarts, b.length], [[0, 2], [1, 5], 3]);
  });
});

describe('the flat text map', () => {
  it('gives the source offset of each flat index, the first segment\'s start before it and the source length past it', () => {
    const flat = flatten('  a **b** c');
    assert.equal(flat.flat, 'a b c');
    assert.deepEqual([-1, 0, 1, 2, 3, 4, 5, 6].map((i) => flat.sourceAt(i)), [2, 2, 3, 6, 9, 10, 11, 11]);
    assert.equal(flatten('   ').sourceAt(-1), 3);
  });

  it('gives the flat index of each source offset, the end of a segment for an offset dropped after it', () => {
    // a ␠ * * b * * ␠ c: flat "a b c", segments "a " from 0, "b" from 4, " c" from 7.
    const flat = flatten('a **b** c');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((o) => flat.flatIndexOf(o)), [0, 1, 2, 2, 2, 3, 3, 3, 4, 5]);
    assert.equal(flatten('').flatIndexOf(0), 0);
    // A comment read as a space at its end: the space and the "b" after it share source offset 9, which gives the "b".
    const comment = flatten('a<!--x-->b');
    assert.deepEqual([0, 1, 5, 8, 9, 10].map((o) => comment.flatIndexOf(o)), [0, 1, 1, 1, 2, 3]);
  });
});
