// splitLines: each line's offsets, and its trimmed text (odd spaces read as plain ones) where it starts.
import * as assert from 'node:assert/strict';
import { isWhiteSpace, splitLines } from '../../../src/core/text/lines';

const shown = (text: string) => splitLines(text).map((l) => ({ start: l.start, end: l.end, trimmed: l.trimmed, trimmedStart: l.trimmedStart }));

describe('lines of a text', () => {
  it('splits LF text at each break, with no line after a final break', () => {
    assert.deepEqual(shown('ab\n  cd \n\nef\n'), [
      { start: 0, end: 2, trimmed: 'ab', trimmedStart: 0 },
      { start: 3, end: 8, trimmed: 'cd', trimmedStart: 5 },
      { start: 9, end: 9, trimmed: '', trimmedStart: 9 },
      { start: 10, end: 12, trimmed: 'ef', trimmedStart: 10 },
    ]);
    assert.deepEqual(shown(''), []);
    assert.deepEqual(shown('x'), [{ start: 0, end: 1, trimmed: 'x', trimmedStart: 0 }]);
  });

  it('splits at CRLF, a lone CR and LF alike, a last line without a break included', () => {
    assert.deepEqual(shown('ab\r\ncd\ref\n\r\ngh'), [
      { start: 0, end: 2, trimmed: 'ab', trimmedStart: 0 },
      { start: 4, end: 6, trimmed: 'cd', trimmedStart: 4 },
      { start: 7, end: 9, trimmed: 'ef', trimmedStart: 7 },
      { start: 10, end: 10, trimmed: '', trimmedStart: 10 },
      { start: 12, end: 14, trimmed: 'gh', trimmedStart: 12 },
    ]);
    assert.deepEqual(shown('ab\r'), [{ start: 0, end: 2, trimmed: 'ab', trimmedStart: 0 }]);
  });

  it('trims white space of every kind at the ends, and reads odd spaces inside as plain ones, keeping the length', () => {
    assert.deepEqual(shown('\u00a0By\u00a0email\u2002now\u3000\r\n\ufeff\tYours\u202fsincerely\u205f'), [
      { start: 0, end: 14, trimmed: 'By email now', trimmedStart: 1 },
      { start: 16, end: 34, trimmed: 'Yours sincerely', trimmedStart: 18 },
    ]);
    assert.deepEqual(shown('a\u00a0b\nc d '), [
      { start: 0, end: 3, trimmed: 'a b', trimmedStart: 0 },
      { start: 4, end: 8, trimmed: 'c d', trimmedStart: 4 },
    ]);
    assert.deepEqual(shown('   \n'), [{ start: 0, end: 3, trimmed: '', trimmedStart: 3 }]);
  });

  it('gives the trimmed start first as well as the trimmed text first', () => {
    const [line] = splitLines('  ab  ');
    assert.equal(line!.trimmedStart, 2);
    assert.equal(line!.trimmed, 'ab');
    const [empty] = splitLines('\nx');
    assert.equal(empty!.trimmedStart, 0);
    assert.equal(empty!.trimmed, '');
  });

  it('takes as white space exactly what trim() and \\s take', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    assert.deepEqual(differ, []);
  });
});
