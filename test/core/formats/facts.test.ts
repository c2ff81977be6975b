// The helpers the formats share (src/core/formats/facts.ts), called directly with a reader over a few
// lines of flat text, so that each bound is held exactly: a council's name of 12 words and of 100
// characters, a heading on its own line or after a name, the period's years in order.
import * as assert from 'node:assert/strict';
import type { Capture, StatementReader } from '../../../src/core/formats/types';
import { councilHeading, councilName, isCouncilName, periodFact, yearRangeFact } from '../../../src/core/formats/facts';

/** A reader over flat text whose lines are split on "\n"; located text keeps the capture's offsets. */
function readerOver(text: string): StatementReader {
  const unused = (): never => assert.fail('not used by these helpers');
  return {
    figure: unused,
    word: unused,
    textFrom: unused,
    date: (groups, prefix) => groups[`${prefix}d`] ?? null,
    located: (c) => ({ text: c.text, span: { start: c.start, end: c.end } }),
    lineOf: (at) => {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const next = text.indexOf('\n', at);
      const end = next < 0 ? text.length : next;
      return { text: text.slice(start, end), start, end };
    },
  };
}

/** The capture of `part`, which must occur in `text`. */
function capture(text: string, part: string, from = 0): Capture {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `${part} not in the text`);
  return { text: part, start, end: start + part.length };
}

/** A name of `words` words that reads as a council's: "Kent Kent … Council". */
const nameOf = (words: number): string => [...Array<string>(words - 1).fill('Kent'), 'Council'].join(' ');

describe('formats: the helpers that turn captures into facts', () => {
  it('takes a council name of up to 12 words and up to 100 characters, every word a name word or a small joining word', () => {
    assert.equal(isCouncilName(nameOf(12)), true);
    assert.equal(isCouncilName(nameOf(13)), false);
    const long = `${'A'.repeat(92)} Council`;
    assert.equal(long.length, 100);
    assert.equal(isCouncilName(long), true);
    assert.equal(isCouncilName(`A${long}`), false);
    assert.equal(isCouncilName('Royal Borough of Windsor and Maidenhead'), true);
    assert.equal(isCouncilName('kent County Council'), false);
    assert.equal(isCouncilName('Kent County Council said'), false);
    assert.equal(isCouncilName('The council'), false);
    assert.equal(isCouncilName('Kent Highways'), false);
  });

  it('reads a council\'s name from a capture: trimmed, its trailing stops dropped, cut where a glued sentence starts', () => {
    const text = '  Poole Borough Council.,  ';
    const r = readerOver(text);
    assert.deepEqual(councilName({ text, start: 10, end: 10 + text.length }, r), { text: 'Poole Borough Council', span: { start: 12, end: 33 } });
    const glued = 'Poole Borough CouncilIn 100% of cases';
    assert.deepEqual(councilName({ text: glued, start: 0, end: glued.length }, r), { text: 'Poole Borough Council', span: { start: 0, end: 21 } });
    assert.equal(councilName({ text: ' .', start: 0, end: 2 }, r), null);
    assert.equal(councilName({ text: 'the Council', start: 0, end: 11 }, r), null);
    assert.equal(councilName({ text: 'Kent said so', start: 0, end: 12 }, r), null);
    const name = nameOf(12);
    assert.deepEqual(councilName({ text: name, start: 0, end: name.length }, r), { text: name, span: { start: 0, end: name.length } });
    assert.equal(councilName({ text: nameOf(13), start: 0, end: 0 }, r), null);
    const long = `${'A'.repeat(92)} Borough`;
    assert.deepEqual(councilName({ text: long, start: 0, end: 100 }, r)?.text, long);
    assert.equal(councilName({ text: `A${long}`, start: 0, end: 101 }, r), null);
  });

  it('reads a year range as 1 April to 31 March, spanning its two years, and nothing when a part is missing or the years do not follow', () => {
    const text = 'for the period 2021/22';
    const g = { period: capture(text, text), ys: capture(text, '2021'), ye: capture(text, '22') };
    assert.deepEqual(yearRangeFact(g, 'intro', { inProse: true }), [
      { kind: 'period', area: 'intro', from: { text: '2021-04-01', start: 15, end: 22 }, to: { text: '2022-03-31', start: 15, end: 22 }, whole: g.period, inProse: true },
    ]);
    assert.deepEqual(yearRangeFact(g, 'heading'), [
      { kind: 'period', area: 'heading', from: { text: '2021-04-01', start: 15, end: 22 }, to: { text: '2022-03-31', start: 15, end: 22 }, whole: g.period },
    ]);
    assert.deepEqual(yearRangeFact({ ...g, ye: undefined }, 'intro'), []);
    assert.deepEqual(yearRangeFact({ ...g, ys: undefined }, 'intro'), []);
    assert.deepEqual(yearRangeFact({ ...g, period: undefined }, 'intro'), []);
    assert.deepEqual(yearRangeFact({ ...g, ye: capture('2021/23', '23') }, 'intro'), []);
  });

  it('reads a quoted period from its dates, and nothing without its end or its whole', () => {
    const text = '1 April 2021 to 31 March 2022';
    const r = readerOver(text);
    const g = { period: capture(text, text), fd: capture(text, '1 April 2021'), td: capture(text, '31 March 2022') };
    assert.deepEqual(periodFact(g, r, 'remedy'), [{ kind: 'period', area: 'remedy', from: g.fd, to: g.td, whole: g.period }]);
    assert.deepEqual(periodFact({ ...g, fd: undefined }, r, 'current'), [{ kind: 'period', area: 'current', from: null, to: g.td, whole: g.period }]);
    assert.deepEqual(periodFact({ ...g, td: undefined }, r, 'remedy'), []);
    assert.deepEqual(periodFact({ ...g, period: undefined }, r, 'remedy'), []);
  });

  it('takes the council a statistics heading names on its line, or on the line just above it, and starts a page', () => {
    const heading = 'Annual statistics';
    const own = `Kent County Council ${heading}`;
    assert.deepEqual(councilHeading(capture(own, heading), readerOver(own)), [
      { kind: 'authority', authority: { text: 'Kent County Council', span: { start: 0, end: 19 } }, startsPage: true },
    ]);
    const above = `Intro\nKent County Council\n${heading}`;
    assert.deepEqual(councilHeading(capture(above, heading), readerOver(above)), [
      { kind: 'authority', authority: { text: 'Kent County Council', span: { start: 6, end: 25 } }, startsPage: true },
    ]);
    // Not the whole line; the first line, with nothing above it; a line above that names no council.
    assert.deepEqual(councilHeading(capture(`${own} continued`, heading), readerOver(`${own} continued`)), []);
    const first = `${heading}\nKent County Council`;
    assert.deepEqual(councilHeading(capture(first, heading), readerOver(first)), []);
    const plain = `Kent Highways\n${heading}`;
    assert.deepEqual(councilHeading(capture(plain, heading), readerOver(plain)), []);
    const generic = `The Council\n${heading}`;
    assert.deepEqual(councilHeading(capture(generic, heading), readerOver(generic)), []);
  });
});
