// Periods written as the Ombudsman's year, "2021/22", "2021-22" or "2021–22" (issue 11): read where the
// text ties them to the letter's statistics, as 1 April 2021 to 31 March 2022; never from a sentence
// that speaks of another year, another council or the country, nor from one that states no figure.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatIsoDate } from '../../../src/core/dates';
import { parseLetter, reviewText, summarizeLetter } from '../../../src/core';
import { at } from '../support/letters';

const fixture = (name: string): string => readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'fidelity', name), 'utf8');
const FIGURE = '14 cases were upheld of 19 detailed investigations.';
/** Each period the text quotes: where it comes from, its dates and the words it stands for. */
const periods = (text: string): [string, string | null, string, string][] =>
  parseLetter(text).periods.map((p) => [p.source, p.start, p.end, at(text, p.span)]);

describe('formats: periods written "2021/22"', () => {
  it('reads "for the period 2021/22" and its kin in a sentence as 1 April 2021 to 31 March 2022', () => {
    const cases: [string, string][] = [
      ['This report covers the period 2021/22.', 'covers the period 2021/22'],
      ['The figures are for the period 2021-22.', 'for the period 2021-22'],
      ['The figures are for the year 2021–22.', 'for the year 2021–22'],
      ['The figures are for the financial year 2021/22.', 'for the financial year 2021/22'],
      ['This report presents the Annual Review letter for 2021/22.', '2021/22'],
    ];
    for (const [sentence, words] of cases) assert.deepEqual(periods(`${sentence} ${FIGURE}`), [['intro', '2021-04-01', '2022-03-31', words]], sentence);
  });

  it('reads a figure\'s "In 2021-22, …" as the period its statistics cover', () => {
    const text = `In 2021-22, ${FIGURE}`;
    assert.deepEqual(periods(text), [['intro', '2021-04-01', '2022-03-31', '2021-22']]);
    assert.deepEqual(periods(`During 2021/22 ${FIGURE}`), [['intro', '2021-04-01', '2022-03-31', '2021/22']]);
    const letter = parseLetter(text);
    assert.deepEqual([letter.reviewYear, summarizeLetter(letter).period], [2022, { start: '2021-04-01', end: '2022-03-31' }]);
  });

  it('reads a statistics page\'s heading line "Complaint statistics 2021–22", and the council on the line above it', () => {
    const text = fixture('statistics-page-2021-22.txt');
    const letter = parseLetter(text);
    assert.deepEqual(periods(text)[0], ['heading', '2021-04-01', '2022-03-31', '2021–22']);
    assert.equal(letter.statistics.authority?.text, 'Harbourside Borough Council');
    assert.deepEqual(summarizeLetter(letter).period, { start: '2021-04-01', end: '2022-03-31' });
    assert.deepEqual(periods('Kent County Council Annual statistics 2022-23\n\n80% of complaints we investigated were upheld.'), [['heading', '2022-04-01', '2023-03-31', '2022-23']]);
  });

  it('reads no period from a sentence that states no figure, compares years, or names two', () => {
    for (const sentence of [
      'The 2019/20 figures were higher.',
      'The complaint statistics 2021-22 were published late.',
      'The procedure was reviewed in 2018-19 and again in 2022/23.',
      `In 2021-22 and 2020-21 together, ${FIGURE}`,
      `Up from 2020-21, ${FIGURE}`,
      `In 2021-22, compared with the year before, ${FIGURE}`,
      'The figures are for the period 2021/23.',
      'The figures are for the period 2021-2022.',
    ]) assert.deepEqual(periods(`${sentence} ${FIGURE}`), [], sentence);
  });

  it('reads no period from a sentence about another year, another council or the country', () => {
    for (const sentence of [
      'Last year, for the period 2020/21, the Council received fewer complaints.',
      'Medway Council\'s letter for the period 2020/21 was also discussed.',
      'Nationally, for the period 2020/21, complaints fell.',
    ]) assert.deepEqual(periods(`${sentence} ${FIGURE}`), [], sentence);
  });

  it('takes the first year\'s figures, and leaves another year\'s, where no title says which', () => {
    const text = `In 2021-22, ${FIGURE} In 2020-21, 9 cases were upheld of 15 detailed investigations.`;
    const { upheld } = summarizeLetter(parseLetter(text)).statistics;
    assert.deepEqual([upheld?.decisions, upheld?.investigations, periods(text).length], [14, 19, 1]);
  });

  it('a committee report quoting the letter for 2021/22: its period, its figures, and no other year\'s', () => {
    const text = fixture('committee-report-period-2021-22.md');
    const s = summarizeLetter(parseLetter(text));
    assert.deepEqual(periods(text), [
      ['intro', '2021-04-01', '2022-03-31', '2021/22'],
      ['intro', '2021-04-01', '2022-03-31', '2021-22'],
    ]);
    assert.deepEqual([s.reviewYear, s.period, s.statistics.upheld?.decisions, s.statistics.upheld?.investigations, s.statistics.upheld?.percent], [2022, { start: '2021-04-01', end: '2022-03-31' }, 14, 19, 74]);
  });

  it('a period that disagrees with the title raises period-mismatch in the dates users read', () => {
    const text = fixture('committee-report-wrong-period-2022.txt');
    const mismatches = reviewText(text).findings.filter((f) => f.code === 'period-mismatch');
    assert.deepEqual(mismatches.map((f) => [f.message, at(text, f.span), f.related?.map((r) => [r.message, at(text, r.span)])]), [
      ['The title quotes year 2022, but the introduction quotes 1 April 2020 to 31 March 2021', 'Local Government and Social Care Ombudsman: Annual Review Letter 2022', [['the introduction: 1 April 2020 to 31 March 2021', 'for the period 2020/21']]],
    ]);
    assert.equal(formatIsoDate(summarizeLetter(parseLetter(text)).period!.start), '1 April 2020');
  });
});
