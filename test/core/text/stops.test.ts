// Stops: where the next character that can start dress or an odd space lies, for rising positions;
// Finder: indexOf for rising positions. Flatten's fast path relies on both being exact.
import * as assert from 'node:assert/strict';
import { Finder, Stops, isSpace } from '../../../src/core/text/stops';

describe('stops in a text', () => {
  it('finds each kind of stop: dress, brackets, tabs and odd spaces, wide spaces and two spaces in a row', () => {
    for (const stop of ['*', '<', '[', ']', '\t', '\v', '\f', '\u00a0', '\u2000', '\u200b', '\u2022', '\u202f', '\u3000', '\ufeff', '  ']) {
      const text = `plain${stop}prose`;
      assert.equal(new Stops(text).from(0), 5, JSON.stringify(stop));
      assert.equal(new Stops(text).from(5), 5, `${JSON.stringify(stop)} at the position asked for`);
      assert.equal(new Stops(text).from(5 + stop.length), text.length + 1, `${JSON.stringify(stop)}: none after it`);
    }
  });

  it('does not stop at plain prose, a single space, line breaks or characters near the stops', () => {
    const text = 'A letter, with one space; a line\nbreak\r\nand (brackets) {braces} \u1fff \u200c \u2023 \u3001 \u00a1 ) +.';
    assert.equal(new Stops(text).from(0), text.length + 1);
  });

  it('gives the nearest stop for rising positions, whichever kind comes first', () => {
    const text = 'a*b<c  d\u2002e[f]g*';
    const stops = new Stops(text);
    // a * b < c ␠ ␠ d \u2002 e [ f ] g *: stops at 1, 3, 5 (two spaces), 8, 10, 12, 14; none is 16.
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((i) => stops.from(i)), [1, 1, 3, 3, 5, 5, 8, 8, 8, 10, 10, 12, 12, 14, 14, 16]);
  });

  it('gives the last stop, then none past it; two spaces right after a star are a stop of their own', () => {
    const text = '*  a<';
    const stops = new Stops(text);
    assert.equal(stops.from(4), 4);
    assert.equal(stops.from(5), 6);
    assert.equal(new Stops(text).from(1), 1);
  });

  it('takes as space the white space a letter may hold, and the bullet', () => {
    const spaces = [32, 9, 10, 11, 12, 13, 0xa0, 0xfeff, 0x2000, 0x2005, 0x200b, 0x202f, 0x3000, 0x2022];
    assert.deepEqual(spaces.filter((c) => !isSpace(c)), []);
    const others = [8, 14, 31, 33, 65, 0x9f, 0xa1, 0xfefe, 0xff00, 0x1fff, 0x200c, 0x202e, 0x2030, 0x2fff, 0x3001, 0x2021, 0x2023];
    assert.deepEqual(others.filter((c) => isSpace(c)), []);
  });
});

describe('finding a needle at rising positions', () => {
  it('gives indexOf for each position, and -1 once there is none left', () => {
    const text = 'ab--cd--ef';
    const finder = new Finder(text, '--');
    assert.deepEqual([0, 2, 3, 5, 6, 7, 9].map((i) => finder.from(i)), [2, 2, 6, 6, 6, -1, -1]);
    assert.equal(new Finder('abc', '--').from(0), -1);
  });
});
