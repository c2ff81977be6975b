// The reader statements turn their captures with (parse/reader.ts): figures and their values, dates
// either way round, located text, the line around a place, a word cut by a PDF's glued capital.
import * as assert from 'node:assert/strict';
import type { Capture, StatementReader } from '../../../src/core/formats/types';
import { createReader } from '../../../src/core/parse/reader';
import { flatten } from '../../../src/core/text/flatten';

/** The reader of `source` and its flat text. */
function readerOf(source: string): { reader: StatementReader; flat: string } {
  const flatText = flatten(source);
  return { reader: createReader(source, flatText), flat: flatText.flat };
}

/** The capture of the first `text` in the flat text. */
function capture(flat: string, text: string, from = 0): Capture {
  const start = flat.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" is not in the flat text`);
  return { text, start, end: start + text.length };
}

describe('parse: the statement reader', () => {
  it('gives a figure its value: digits with commas, a count in words, n/a, or the value a statement states', () => {
    const source = 'upheld 1,234 five N/A n/a 12abc';
    const { reader, flat } = readerOf(source);
    const value = (text: string): number | null => reader.figure(capture(flat, text)).value;
    assert.equal(value('1,234'), 1234);
    assert.equal(value('five'), 5);
    assert.equal(value('N/A'), null);
    assert.equal(value('n/a'), null);
    assert.equal(value('12abc'), null, 'not a number');
    assert.equal(reader.figure(capture(flat, 'upheld'), undefined, 100).value, 100, 'a stated value ("in all cases")');
  });

  it("maps a figure's and its noun's flat places back to the source, through a hard wrap and bold", () => {
    const source = 'based on a total of **12**\ndetailed  investigations';
    const { reader, flat } = readerOf(source);
    assert.equal(flat, 'based on a total of 12 detailed investigations');
    const figure = reader.figure(capture(flat, '12'), capture(flat, 'detailed investigations'));
    assert.deepEqual(figure.span, { start: source.indexOf('12'), end: source.indexOf('12') + 2 });
    assert.deepEqual(figure.noun, { text: 'detailed investigations', span: { start: source.indexOf('detailed'), end: source.length }, plural: true });
    assert.equal(reader.figure(capture(flat, '12'), capture(flat, 'total')).noun?.plural, false);
    const shouting = readerOf('12 INVESTIGATIONS');
    assert.equal(shouting.reader.figure(capture(shouting.flat, '12'), capture(shouting.flat, 'INVESTIGATIONS')).noun?.plural, true);
    assert.equal(reader.figure(capture(flat, '12')).noun, null);
  });

  it('reads a date day first, month first or in numbers, and only a real day', () => {
    const source = 'from 1 April 2019 to March 31, 2020 or 31/03/20 and 30 February 2020';
    const { reader, flat } = readerOf(source);
    const groups = (entries: Record<string, string>, from = 0): Record<string, Capture> => Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, capture(flat, v, from)]));
    assert.deepEqual(reader.date(groups({ fd: '1', fm: 'April', fy: '2019' }), 'f'), { text: '2019-04-01', start: 5, end: 17 });
    const us = flat.indexOf('March');
    assert.deepEqual(reader.date(groups({ Td: '31', Tm: 'March', Ty: '2020' }, us), 'T'), { text: '2020-03-31', start: us, end: us + 'March 31, 2020'.length }, 'from the month when it comes first');
    assert.deepEqual(reader.date(groups({ tn: '31/03/20' }), 't'), { ...capture(flat, '31/03/20'), text: '2020-03-31' });
    assert.equal(reader.date(groups({ fd: '30', fm: 'February', fy: '2020' }), 'f'), null, 'no such day');
    assert.equal(reader.date(groups({ fd: '1', fm: 'April' }), 'f'), null, 'no year');
    assert.equal(reader.date(groups({ tn: '31/03/20' }), 'f'), null, 'another prefix');
    const bad = readerOf('99/99/99');
    assert.equal(bad.reader.date({ tn: capture(bad.flat, '99/99/99') }, 't'), null);
  });

  it('locates a capture as the source has it', () => {
    const source = 'In **neighbouring**\nMedway Council';
    const { reader, flat } = readerOf(source);
    assert.deepEqual(reader.located(capture(flat, 'neighbouring Medway')), { text: 'neighbouring**\nMedway', span: { start: 5, end: 26 } });
  });

  it("gives the line around a place, without the line's spaces, and clamps places outside the text", () => {
    const source = 'First line\n  Kent County Council  \r\nAnnual statistics\rlast';
    const { reader, flat } = readerOf(source);
    const at = flat.indexOf('County');
    assert.deepEqual(reader.lineOf(at), capture(flat, 'Kent County Council'));
    assert.deepEqual(reader.lineOf(flat.indexOf('statistics')), capture(flat, 'Annual statistics'), 'a line ended by a lone CR');
    assert.deepEqual(reader.lineOf(-5), capture(flat, 'First line'));
    assert.deepEqual(reader.lineOf(flat.length + 5), capture(flat, 'last'));
  });

  it('looks for a line end at most 1,000 characters either way (linear time on one giant line)', () => {
    const source = `${'a'.repeat(1500)} mid ${'b'.repeat(1500)}`;
    const { reader, flat } = readerOf(source);
    const mid = flat.indexOf('mid');
    const line = reader.lineOf(mid);
    assert.deepEqual([line.start, line.end], [mid - 1000, mid + 1000]);
    const near = readerOf(`x\n${'a'.repeat(10)} mid`);
    assert.deepEqual(near.reader.lineOf(near.flat.indexOf('mid')), capture(near.flat, `${'a'.repeat(10)} mid`));
  });

  it("drops a capital glued to a word's end, and refuses a word cut short", () => {
    const { reader, flat } = readerOf('Rochford District CouncilT he Council and Medway Councils');
    assert.deepEqual(reader.word(capture(flat, 'CouncilT')), capture(flat, 'Council'));
    assert.deepEqual(reader.word(capture(flat, 'Council', flat.indexOf(' he'))), capture(flat, 'Council', flat.indexOf(' he')), 'a whole word');
    assert.equal(reader.word(capture(flat, 'Council', flat.indexOf('Medway'))), null, 'followed by a lower-case letter');
    assert.deepEqual(reader.word(capture(flat, 'T')), capture(flat, 'T'), 'one capital alone');
    const { reader: r2, flat: f2 } = readerOf('ABC DeF');
    assert.deepEqual(r2.word(capture(f2, 'ABC')), capture(f2, 'ABC'), 'capitals only');
    assert.deepEqual(r2.word(capture(f2, 'DeF')), capture(f2, 'De'));
  });

  it('gives flat text from a place, clamped into the text', () => {
    const { reader } = readerOf('0123456789');
    assert.deepEqual(reader.textFrom(2, 3), { text: '234', start: 2, end: 5 });
    assert.deepEqual(reader.textFrom(-4, 3), { text: '012', start: 0, end: 3 });
    assert.deepEqual(reader.textFrom(8, 5), { text: '89', start: 8, end: 10 });
    assert.deepEqual(reader.textFrom(12, 5), { text: '', start: 10, end: 10 });
    assert.deepEqual(reader.textFrom(3, -2), { text: '', start: 3, end: 3 });
  });

  it('ends a line at a lone CR before a later LF, and reads no written date without its day or month', () => {
    const { reader, flat } = readerOf('one\rtwo\nthree');
    assert.deepEqual(reader.lineOf(flat.indexOf('one')), capture(flat, 'one'));
    assert.deepEqual(reader.lineOf(flat.indexOf('two')), capture(flat, 'two'));
    assert.deepEqual(reader.lineOf(flat.indexOf(' two')), capture(flat, 'one'), 'at the space standing for the CR: the line it ends');
    const alone = readerOf('one\rtwo');
    assert.deepEqual(alone.reader.lineOf(alone.flat.indexOf(' two')), capture(alone.flat, 'one'), 'a CR and no LF after it');
    const d = readerOf('April 2020');
    assert.equal(d.reader.date({ fm: capture(d.flat, 'April'), fy: capture(d.flat, '2020') }, 'f'), null);
    assert.equal(d.reader.date({ fd: capture(d.flat, '20'), fy: capture(d.flat, '2020') }, 'f'), null);
    const w = readerOf('aB cd');
    assert.deepEqual(w.reader.word(capture(w.flat, 'aB')), capture(w.flat, 'a'), 'two letters');
  });
});

