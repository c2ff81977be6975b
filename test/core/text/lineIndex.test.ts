// LineIndex: UTF-16 offsets ↔ 0-based line/character, for \n, \r\n and a lone \r.
import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core';
import { REAL_LETTERS, realLetter } from '../support/letters';
import type { RealLetterId } from '../support/letters';

describe('LineIndex', () => {
  it('maps offsets in LF text', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(2), { line: 0, character: 2 }, 'the line break belongs to its line');
    assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(6), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(9), { line: 3, character: 2 }, 'the end of the text');
  });

  it('treats \\r\\n as one line break', () => {
    const lines = new LineIndex('ab\r\ncd\r\n');
    assert.equal(lines.lineCount, 3);
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 }, 'between \\r and \\n');
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(8), { line: 2, character: 0 });
  });

  it('treats a lone \\r as a line break (PDF-to-text)', () => {
    const lines = new LineIndex('ab\rcd\r\rx');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(7), { line: 3, character: 0 });
  });

  it('handles mixed line ends and a text ending in a break', () => {
    const lines = new LineIndex('a\nb\r\nc\rd\n');
    assert.equal(lines.lineCount, 5);
    assert.deepEqual(['a', 'b', 'c', 'd'].map((ch) => lines.positionAt('a\nb\r\nc\rd\n'.indexOf(ch)).line), [0, 1, 2, 3]);
    assert.deepEqual(lines.positionAt(10), { line: 4, character: 0 });
  });

  it('clamps offsets outside the text, and positions past a line\'s end', () => {
    const lines = new LineIndex('ab\ncd');
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(lines.offsetAt({ line: -1, character: 4 }), 0);
    assert.equal(lines.offsetAt({ line: 2, character: 0 }), 5, 'the line after the last');
  });

  it('finds the line breaks in order when the text starts with \\n and has a lone \\r later', () => {
    const lines = new LineIndex('\nA\rB');
    assert.equal(lines.lineCount, 3);
    assert.deepEqual([0, 1, 2, 3, 4].map((o) => lines.positionAt(o)), [
      { line: 0, character: 0 }, { line: 1, character: 0 }, { line: 1, character: 1 }, { line: 2, character: 0 }, { line: 2, character: 1 },
    ]);
  });

  it('has one line for an empty text', () => {
    const lines = new LineIndex('');
    assert.equal(lines.lineCount, 1);
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
  });

  it('round-trips every offset of every real letter in LF, CRLF and CR dress', () => {
    const ids = Object.keys(REAL_LETTERS) as RealLetterId[];
    assert.equal(ids.length, 5, 'the five real letters');
    for (const text of ids.flatMap((id) => {
      const base = realLetter(id);
      return [base, base.replace(/\n/g, '\r\n'), base.replace(/\n/g, '\r')];
    })) {
      const lines = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        // An offset between \r and \n stands for the same place as the \r; every other round-trips.
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
        assert.equal(lines.offsetAt(lines.positionAt(offset)), offset);
      }
    }
  });

  it('agrees with splitting on line breaks', () => {
    const text = realLetter('003').replace(/\n/g, '\r\n');
    const split = text.split(/\r\n|\r|\n/);
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, split.length);
    const target = text.indexOf('Bassetlaw District Council For the period');
    assert.deepEqual(lines.rangeOf({ start: target, end: target + 9 }), {
      start: { line: split.findIndex((l) => l.startsWith('Bassetlaw District Council For')), character: 0 },
      end: { line: split.findIndex((l) => l.startsWith('Bassetlaw District Council For')), character: 9 },
    });
  });
});
