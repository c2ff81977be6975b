// Reading the statements of formats given to parseLetter (parse/statistics.ts): groups read by name
// where a pattern has no numbered twin, which formats matched, what makes figures expected, and a
// figure's own year ("In 2021-22, …") as a period of the letter's.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../src/core';
import type { LetterFormat, Statement } from '../../../src/core/formats/types';

/** A statement reading "N% upheld" into the upheld block's percentage. */
function upheldStatement(name: string, pattern: RegExp, keyword = 'upheld'): Statement {
  return { name, keyword, pattern, read: (g, _w, r) => (g.n ? [{ kind: 'figure', area: 'upheld', field: 'percent', figure: r.figure(g.n) }] : []) };
}

const format = (name: string, statements: Statement[], variantsOfOthers = false): LetterFormat => ({ name, description: name, statements, headings: [], variantsOfOthers });

describe('parse: reading the statements of the formats given', () => {
  it('reads the groups of a pattern by name when it has no numbered twin (a back-reference by name)', () => {
    const named = format('named', [upheldStatement('twice', /(?<!\d)(?<n>\d{1,3})% upheld, \k<n>% again/dgi)]);
    const text = 'Here 75% upheld, 75% again.';
    const letter = parseLetter(text, { formats: [named] });
    assert.deepEqual(letter.statistics.upheld?.percent, { value: 75, text: '75', span: { start: 5, end: 7 }, noun: null });
    assert.deepEqual(letter.formats, ['named']);
    assert.equal(parseLetter('Here 75% upheld, 76% again.', { formats: [named] }).statistics.upheld, null);
    const twoMatches = parseLetter('60% upheld, 60% again. And 70% upheld, 70% again.', { formats: [named] });
    assert.equal(twoMatches.statistics.upheld?.percent?.value, 60, 'the first statement wins; the names are read once per pattern');
  });

  it('lists a format only when it reads something the formats before it did not', () => {
    const first = format('first', [upheldStatement('plain', /(?<!\d)(?<n>\d{1,3})% upheld/dgi)]);
    const again = format('again', [upheldStatement('same', /(?<!\d)(?<n>\d{1,3})% upheld/dgi)]);
    const variant = format('variant', [upheldStatement('quoted', /(?<!\d)(?<n>\d{1,3}) per cent upheld/dgi, 'per cent upheld')], true);
    assert.deepEqual(parseLetter('75% upheld.', { formats: [first, again, variant] }).formats, ['first']);
    assert.deepEqual(parseLetter('75 per cent upheld.', { formats: [first, again, variant] }).formats, ['variant']);
    assert.deepEqual(parseLetter('75% upheld. 75 per cent upheld.', { formats: [first, again, variant] }).formats, ['first', 'variant']);
    const longer = format('longer', [upheldStatement('here', /here (?<n>\d{1,3})% upheld/dgi, 'here')]);
    assert.deepEqual(parseLetter('here 75% upheld.', { formats: [first, longer] }).formats, ['first'], 'the same figure read from an earlier start');
    const empty = format('empty', [{ name: 'nothing', keyword: 'upheld', pattern: /upheld/dgi, read: () => [] }]);
    assert.deepEqual(parseLetter('75% upheld.', { formats: [empty, first] }).formats, ['first'], 'a match that reads no fact');
  });

  it('looks for a variant only at keywords outside what the formats before it read', () => {
    const first = format('first', [upheldStatement('plain', /(?<!\d)(?<n>\d{1,3})% upheld/dgi)]);
    let runs = 0;
    const counting = format('counting', [{ name: 'count', keyword: 'upheld', pattern: /upheld/dgi, read: () => { runs++; return []; } }], true);
    parseLetter('75% upheld.', { formats: [first, counting] });
    assert.equal(runs, 0, 'its only keyword lies inside the first statement');
    parseLetter('75% upheld.', { formats: [first, { ...counting, variantsOfOthers: false }] });
    assert.equal(runs, 1);
  });

  it('expects figures where the text speaks of annual statistics or the three key areas', () => {
    for (const phrase of ['Annual statistics', 'the three key statistics', 'our THREE KEY AREAS']) assert.equal(parseLetter(`Words about ${phrase} here.`).expectsStatistics, true, phrase);
    assert.equal(parseLetter('Words about key statistics here.').expectsStatistics, false);
  });

  it("makes a figure's own year a period of the letter's, exactly where the figure is the council's", () => {
    const text = 'In 2021-22, five complaints were upheld of nine detailed investigations.';
    const letter = parseLetter(text);
    assert.equal(letter.statistics.upheld?.decisions?.value, 5);
    assert.deepEqual(letter.periods.map((p) => [p.source, p.start, p.end, text.slice(p.span.start, p.span.end)]), [['intro', '2021-04-01', '2022-03-31', '2021-22']]);
    const other = parseLetter('In 2021-22, in Medway Council, five complaints were upheld of nine detailed investigations.');
    assert.equal(other.statistics.upheld, null);
    assert.deepEqual(other.periods, []);
  });

  it('reads the groups by name even where an optional group took no part', () => {
    // A back-reference by name: no numbered twin, so the groups are read by name.
    const optional = format('optional', [upheldStatement('maybe', /(?<!\d)(?<n>\d{1,3})% upheld(?<x>, \k<n>% again)?/dgi)]);
    assert.equal(parseLetter('Here 75% upheld.', { formats: [optional] }).statistics.upheld?.percent?.value, 75);
  });

  it('lets a variant read at a keyword inside a match that read no fact', () => {
    const empty = format('empty', [{ name: 'nothing', keyword: 'upheld', pattern: /(?<!\d)\d{1,3}% upheld/dgi, read: () => [] }]);
    const variant = format('variant', [upheldStatement('quoted', /(?<!\d)(?<n>\d{1,3})% upheld/dgi)], true);
    assert.equal(parseLetter('Here 75% upheld.', { formats: [empty, variant] }).statistics.upheld?.percent?.value, 75);
  });

  it("judges a figure's sentence strictly, an average's and a quoted period's only by the country, a year or a council", () => {
    assert.equal(parseLetter('In similar authorities, 60% of complaints we investigated were upheld.').statistics.upheld, null);
    assert.equal(parseLetter('In neighbouring Medway Council we dealt with 41 complaints.').statistics.overview, null, "another council's overview");
    assert.equal(parseLetter('We dealt with 41 complaints.').statistics.overview?.complaints?.value, 41);
    const both = parseLetter('In neighbouring Medway Council we dealt with 41 complaints. Here we dealt with 50 complaints.');
    assert.equal(both.statistics.overview?.complaints?.value, 50, "each overview sentence judged on its own, the other council's first");
    const period = parseLetter('The Annual Review letter for 2021/22 gives an average in similar authorities of 70%.');
    assert.deepEqual(period.periods.map((p) => [p.start, p.end]), [['2021-04-01', '2022-03-31']]);
  });
});

