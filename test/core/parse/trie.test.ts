// The keyword trie must find exactly what the plain "longest|…|shortest" alternation finds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { FORMATS } from '../../../src/core/formats';
import { trieSource } from '../../../src/core/parse/trie';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Every place a pattern matches, looking again from the next character after each match. */
function places(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(`${m.index}:${m[0]}`);
    pattern.lastIndex = m.index + 1;
  }
  return found;
}

function bothWays(words: readonly string[]): { trie: RegExp; plain: RegExp } {
  const sorted = [...words].filter((w) => w !== '').sort((a, b) => b.length - a.length);
  return {
    trie: new RegExp(trieSource(words), 'g'),
    plain: new RegExp(sorted.map(escape).join('|') || '(?!)', 'g'),
  };
}

describe('trieSource', () => {
  const keywords = [...new Set(FORMATS.flatMap((f) => f.statements.map((s) => s.keyword)))];

  it('finds every statement keyword, longest first, at the same places as the plain alternation', () => {
    const { trie, plain } = bothWays(keywords);
    const text = keywords.join(' x ') + ' ' + keywords.join('');
    const expected = places(plain, text);
    assert.ok(expected.length >= keywords.length);
    assert.deepEqual(places(trie, text), expected);
    // "complaints upheld by" is reported whole, not as its prefix "complaints upheld".
    assert.deepEqual(places(trie, 'the complaints upheld by x'), ['4:complaints upheld by']);
  });

  it('agrees with the plain alternation on texts made of keyword pieces', () => {
    const { trie, plain } = bothWays(keywords);
    const piece = fc.oneof(fc.constantFrom(...keywords), fc.constantFrom(...keywords).map((k) => k.slice(0, Math.ceil(k.length / 2))), fc.constantFrom(' ', 'x', '.', 's'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      assert.deepEqual(places(trie, text), places(plain, text));
    }), { numRuns: 3000 });
  });

  it('agrees on arbitrary word sets, regex characters and nested prefixes included', () => {
    const chars = (set: string, maxLength: number) => fc.array(fc.constantFrom(...set), { maxLength }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.uniqueArray(chars('ab.(|*', 6), { maxLength: 8 }), chars('ab.(|* ', 40), (words, text) => {
      const { trie, plain } = bothWays(words);
      assert.deepEqual(places(trie, text), places(plain, text));
    }), { numRuns: 3000 });
  });

  it('never matches when there are no words', () => {
    assert.equal(new RegExp(trieSource([]), 'g').test('anything'), false);
    assert.equal(new RegExp(trieSource(['']), 'g').test('anything'), false);
  });
});
