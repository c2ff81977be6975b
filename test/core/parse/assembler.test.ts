// The assembler (parse/assemble.ts) on facts given directly: which block a figure, an average, a
// period, a caption or "none due" goes to; another's figure and the glossary left out; the council
// named first. Flat and source offsets are the same here (an identity map).
import * as assert from 'node:assert/strict';
import type { LocatedText } from '../../../src/core';
import type { Fact } from '../../../src/core/formats/types';
import { Assembler } from '../../../src/core/parse/assemble';
import { figureAt as figure } from '../support/spans';


/** An assembler over `flat` (also the source), fed facts at flat places. */
function assemble(flat: string, facts: [number, number, Fact, boolean?][]): Assembler {
  const assembler = new Assembler(flat, flat, (start, end) => ({ start, end }));
  for (const [at, end, fact, others] of facts) assembler.add({ at, end, fact, others });
  return assembler;
}

const percent = (area: 'upheld' | 'compliance' | 'remedy' | 'current', value: number, at: number): Fact => ({ kind: 'figure', area, field: 'percent', figure: figure(value, at) });
const average = (value: number, at: number): Fact => ({ kind: 'figure', area: 'current', field: 'average', figure: figure(value, at) });
const located = (text: string, start: number): LocatedText => ({ text, span: { start, end: start + text.length } });
const TEXT = 'x'.repeat(1200);

describe('parse: the assembler, fact by fact', () => {
  it('gives a figure of no area to the block being read, or to complaints upheld before any', () => {
    const s = assemble(TEXT, [[0, 10, percent('current', 75, 0)], [20, 30, percent('compliance', 100, 20)], [40, 50, { kind: 'figure', area: 'current', field: 'outcomes', figure: figure(4, 40) }]]).statistics();
    assert.equal(s.upheld?.percent?.value, 75);
    assert.equal(s.compliance?.percent?.value, 100);
    assert.equal(s.compliance?.outcomes?.value, 4);
  });

  it('gives an average to the statement it follows: in the same sentence or the next, within 400 characters', () => {
    const flat = 'In 100% of cases we were satisfied. This compares to an average of 99% in similar authorities.';
    const at = flat.indexOf('99%');
    const after = (text: string, reach: number): number | null | undefined => {
      const f = `${text}${' '.repeat(reach)}99%`;
      return assemble(f, [[0, 10, percent('compliance', 100, 3)], [f.length - 3, f.length, average(99, f.length - 3)]]).statistics().compliance?.average?.value;
    };
    assert.equal(assemble(flat, [[0, 34, percent('compliance', 100, 3)], [at, at + 3, average(99, at)]]).statistics().compliance?.average?.value, 99);
    assert.equal(after('x'.repeat(10), 400), 99, 'an average 400 characters after the statement');
    assert.equal(after('x'.repeat(10), 401), undefined, 'an average 401 characters after');
    assert.equal(after('xxxxxxxxxx. One. Two.', 0), undefined, 'two sentences between');
    assert.equal(after('xxxxxxxxxx.This ', 0), 99, "one sentence end, glued to a capital ('upheld.This')");
    assert.equal(after('xxxxxxxxxx 3.5 and 1.2 ', 0), 99, 'decimal points end no sentence');
    assert.equal(after('xxxxxxxxxx! Really? ', 0), undefined, "'!' and '?' end sentences");
    assert.equal(after('xxxxxxxxxx one.A two.Z ', 0), undefined, 'full stops glued to the capitals A and Z');
    assert.equal(after('xxxxxxxxxx e.g.so ', 0), 99, 'full stops before lower-case letters end no sentence');
  });

  it('drops an average with no statement before it, or before it in the text, or after a statement of no area', () => {
    assert.equal(assemble(TEXT, [[100, 103, average(99, 100)]]).statistics().upheld, null, 'nothing read before');
    assert.equal(assemble(TEXT, [[0, 120, percent('upheld', 75, 0)], [100, 103, average(99, 100)]]).statistics().upheld?.average, null, 'the statement ends after the average starts');
    const overview: Fact = { kind: 'overview', field: 'complaints', figure: figure(41, 0) };
    assert.equal(assemble(TEXT, [[0, 10, percent('upheld', 75, 0)], [20, 30, overview], [40, 43, average(99, 40)]]).statistics().upheld?.average, null, 'after the overview');
    assert.equal(assemble(TEXT, [[0, 10, percent('upheld', 75, 0)], [20, 30, percent('upheld', 74, 20), true], [40, 43, average(99, 40)]]).statistics().upheld?.average, null, "after another council's figure");
    const unread = 'Complaints upheld. Some sentence. This compares to 99%';
    const heading: Fact = { kind: 'area', area: 'upheld', heading: true };
    assert.equal(assemble(unread, [[0, 17, heading], [51, 54, average(99, 51)]]).statistics().upheld, null, 'after a heading and a sentence not read');
    const same = 'Complaints upheld: this compares to 99%';
    assert.equal(assemble(same, [[0, 17, heading], [36, 39, average(99, 36)]]).statistics().upheld?.average?.value, 99, "in the heading's own sentence");
  });

  it("keeps another's figure out, and its period; an average after it goes nowhere", () => {
    const period: Fact = { kind: 'period', area: 'upheld', from: null, to: { text: '2021-03-31', start: 0, end: 10 }, whole: { text: 'x', start: 0, end: 10 } };
    const a = assemble(TEXT, [[0, 10, percent('upheld', 74, 0), true], [0, 10, period, true]]);
    assert.equal(a.statistics().upheld, null);
    assert.deepEqual(a.periods, []);
  });

  it('leaves out what a glossary defines, up to the next statistics page', () => {
    const s = assemble(TEXT, [
      [0, 8, { kind: 'glossary' }],
      [10, 20, percent('upheld', 75, 10)],
      [25, 30, { kind: 'authority', authority: located('Kent County Council', 25) }],
      [30, 40, percent('upheld', 76, 30)],
      [50, 60, { kind: 'authority', authority: located('Kent County Council', 50), startsPage: true }],
      [70, 80, percent('upheld', 77, 70)],
    ]).statistics();
    assert.equal(s.upheld?.percent?.value, 77);
    assert.deepEqual(s.authority, located('Kent County Council', 50), 'the first council named outside the glossary');
  });

  it('keeps the council named first in the text, whatever order the facts come in', () => {
    const s = assemble(TEXT, [[50, 60, { kind: 'authority', authority: located('Kent County Council', 50) }], [10, 20, { kind: 'authority', authority: located('Medway Council', 10) }], [90, 99, { kind: 'authority', authority: located('Poole Council', 90) }]]).statistics();
    assert.deepEqual(s.authority, located('Medway Council', 10));
  });

  it('sets the block being read from captions and "none due", and keeps tables', () => {
    const caption: Fact = { kind: 'caption', area: 'remedy', percent: figure(50, 0), authority: null, span: { start: 0, end: 10 } };
    const noneDue: Fact = { kind: 'none-due', text: located('No recommendations were due', 40) };
    const table = { rows: [], span: { start: 90, end: 99 } } as unknown as Extract<Fact, { kind: 'table' }>['table'];
    const s = assemble(TEXT, [[0, 10, caption], [20, 30, percent('current', 100, 20)], [40, 67, noneDue], [70, 80, { kind: 'figure', area: 'current', field: 'outcomes', figure: figure(0, 70) }], [90, 99, { kind: 'table', table }]]).statistics();
    assert.equal(s.remedy?.percent?.value, 100, 'the sentence after a caption is its block');
    assert.equal(s.remedy?.captions[0]?.percent.value, 50);
    assert.equal(s.compliance?.outcomes?.value, 0, 'after "none due", the compliance block');
    assert.deepEqual(s.tables, [table]);
  });

  it('gives an average after a caption or "none due" to that block, in the next sentence at most', () => {
    const caption: Fact = { kind: 'caption', area: 'remedy', percent: figure(50, 0), authority: null, span: { start: 0, end: 10 } };
    const flat = 'Caption 50%. This compares to an average of 70%';
    const at = flat.indexOf('70%');
    assert.equal(assemble(flat, [[0, 11, caption], [at, at + 3, average(70, at)]]).statistics().remedy?.average?.value, 70);
    const noneDue: Fact = { kind: 'none-due', text: located('No recommendations were due', 0) };
    const none = 'No recommendations were due. This compares to an average of 70%';
    const noneAt = none.indexOf('70%');
    assert.equal(assemble(none, [[0, 27, noneDue], [noneAt, noneAt + 3, average(70, noneAt)]]).statistics().compliance?.average?.value, 70);
  });

  it('reads each period once, gives it to its block, the block being read, the overview or the letter', () => {
    const period = (area: Extract<Fact, { kind: 'period' }>['area'], start: number, end: number, from = true): Fact => ({
      kind: 'period', area, from: from ? { text: '2019-04-01', start, end: start + 3 } : null, to: { text: '2020-03-31', start: end - 3, end }, whole: { text: TEXT.slice(start, end), start, end },
    });
    const a = assemble(TEXT, [[0, 10, percent('compliance', 100, 0)], [10, 30, period('current', 10, 30)], [15, 30, period('upheld', 15, 30)], [40, 60, period('overview', 40, 60, false)], [70, 90, period('intro', 70, 90)], [95, 99, { kind: 'overview', field: 'complaints', figure: figure(41, 95) }]]);
    assert.deepEqual(a.periods.map((p) => [p.source, p.start, p.end, p.span.start]), [['compliance', '2019-04-01', '2020-03-31', 10], ['overview', null, '2020-03-31', 40], ['intro', '2019-04-01', '2020-03-31', 70]]);
    const s = a.statistics();
    assert.deepEqual(s.compliance?.period?.span, { start: 10, end: 30 });
    assert.deepEqual(s.overview?.period?.span, { start: 40, end: 60 });
    assert.equal(s.upheld, null, 'the repeat of the same words is not read again');
    assert.deepEqual(assemble(TEXT, [[0, 20, period('current', 0, 20)]]).periods.map((p) => p.source), ['upheld'], 'before any block: complaints upheld');
  });
});
