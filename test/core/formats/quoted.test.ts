// The letter's sentences as reports and articles quote them (issue 11, item 3): each variation reads the
// same figure as the letter's own sentence, and no national, other council's or other year's figure
// is taken as the council's.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseLetter, reviewText, summarizeLetter } from '../../../src/core';
import { at, realLetter } from '../support/letters';

const fixture = (name: string): string => readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'fidelity', name), 'utf8');
type Summary = ReturnType<typeof summarizeLetter>;
const summary = (text: string): Summary => summarizeLetter(parseLetter(text));
const upheld = (text: string): Summary['statistics']['upheld'] => summary(text).statistics.upheld;

describe('formats: the letter\'s sentences, quoted', () => {
  it('reads "per cent" and "percent" as "%"', () => {
    assert.equal(upheld('60 per cent of complaints we investigated were upheld.')?.percent, 60);
    assert.equal(upheld('60 percent of complaints the Ombudsman investigated were upheld.')?.percent, 60);
    assert.equal(upheld('75% of complaints we investigated were upheld. This compares to an average of 68 per cent in similar authorities.')?.average, 68);
  });

  it('reads counts in words, "were upheld of", "out of", and a percentage\'s count in brackets', () => {
    const cases: [string, number | null, number | null][] = [
      ['Five being upheld out of nine detailed investigations.', 5, 9],
      ['21 cases were upheld of 35 detailed investigations.', 21, 35],
      ['The Ombudsman made 8 upheld decisions out of 12.', 8, 12],
      ['Twelve complaints were upheld out of twenty investigations.', 12, 20],
    ];
    for (const [text, decisions, investigations] of cases) {
      const u = upheld(text);
      assert.deepEqual([u?.decisions, u?.investigations], [decisions, investigations], text);
    }
    const text = 'In 6% (2 cases) of upheld cases the Council had provided a satisfactory remedy.';
    const remedy = parseLetter(text).statistics.remedy!;
    assert.deepEqual([remedy.percent?.value, remedy.decisions?.value, at(text, remedy.decisions!.noun!.span)], [6, 2, 'cases']);
  });

  it('reads "In all cases we were satisfied …" as 100% compliance, printed "all"', () => {
    for (const text of [
      'In all cases we were satisfied the Council had successfully implemented our recommendations.',
      'In all cases the Ombudsman was satisfied the Council had implemented his recommendations.',
    ]) {
      const percent = parseLetter(text).statistics.compliance?.percent;
      assert.deepEqual([percent?.value, percent && at(text, percent.span)], [100, 'all'], text);
    }
  });

  it('gives the issue\'s average to compliance, the statement it follows', () => {
    const s = summary('In all cases the Ombudsman was satisfied the Council had implemented his recommendations. This compares to an average of 99% in similar authorities.').statistics;
    assert.deepEqual([s.upheld, s.compliance?.percent, s.compliance?.average], [null, 100, 99]);
  });

  it('reads the third person', () => {
    assert.equal(summary('In 13% of upheld cases the Council had provided a satisfactory remedy.').statistics.remedy?.percent, 13);
    assert.equal(summary('In 13% of upheld cases the Ombudsman found the Council had provided a satisfactory remedy.').statistics.remedy?.percent, 13);
    assert.equal(summary('In 96% of cases the Ombudsman was satisfied the Council had implemented his recommendations.').statistics.compliance?.percent, 96);
  });

  it('reads periods "1st April 2021 to 31st March 2022" and "April 1, 2020 to March 31, 2021", and the title\'s year', () => {
    assert.deepEqual(summary('The letter covers the period 1st April 2021 to 31st March 2022.').period, { start: '2021-04-01', end: '2022-03-31' });
    assert.deepEqual(summary('Figures for the period April 1, 2020 to March 31, 2021 were published.').period, { start: '2020-04-01', end: '2021-03-31' });
    assert.equal(summary('Annual Letter 2020\n\nThe Ombudsman wrote to the Council.').reviewYear, 2020);
    assert.equal(summary('# Committee\n\n## Local Government and Social Care Ombudsman: Annual Review Letter 2022\n\nText.').reviewYear, 2022);
  });

  it('never takes a national, another council\'s or another year\'s figure as the council\'s', () => {
    for (const text of [
      'Nationally, 74% of complaints we investigated were upheld.',
      'The national uphold rate was 74%, and across all councils 72% of complaints the Ombudsman investigated were upheld.',
      'Last year 55% of complaints we investigated were upheld.',
    ]) assert.equal(upheld(text), null, text);
    const letter = realLetter('004');
    const own = summary(letter).statistics;
    for (const sentence of [
      'In neighbouring Castle Point Borough Council, 40% of complaints the Ombudsman investigated were upheld.',
      'In 2018-19, 50% of complaints we investigated were upheld, from 3 upheld decisions.',
    ]) assert.deepEqual(summary(`${letter}\n\n${sentence}`).statistics, own, sentence);
  });

  it('reads the committee report and the news article written for these forms', () => {
    const report = summary(fixture('committee-report-quoting-2022.md'));
    assert.deepEqual(report.statistics.upheld && [report.statistics.upheld.percent, report.statistics.upheld.average, report.statistics.upheld.decisions, report.statistics.upheld.investigations], [60, 68, 21, 35]);
    assert.deepEqual([report.statistics.compliance?.percent, report.statistics.compliance?.average], [100, 99]);
    assert.deepEqual([report.statistics.remedy?.percent, report.statistics.remedy?.decisions, report.statistics.remedy?.average], [10, 2, 14]);
    assert.deepEqual([report.reviewYear, report.period], [2022, { start: '2021-04-01', end: '2022-03-31' }]);
    const news = summary(fixture('news-article-2021.txt'));
    assert.deepEqual(news.statistics.upheld && [news.statistics.upheld.percent, news.statistics.upheld.average, news.statistics.upheld.decisions, news.statistics.upheld.investigations], [56, 61, 5, 9]);
    assert.deepEqual(news.period, { start: '2020-04-01', end: '2021-03-31' });
  });
});

describe('findings on quoted figures', () => {
  it('offers no quick fix that would put a number in place of "all"', () => {
    const text = 'In all cases we were satisfied the Council had successfully implemented our recommendations. Statistics are based on a total of 0 compliance outcomes.';
    const f = reviewText(text).findings.find((x) => x.code === 'compliance-inconsistent');
    assert.equal(f?.message, '100% of cases complied with, but there were no compliance outcomes');
    assert.equal(f?.fix, null);
  });

  it('checks counts in words like counts in figures', () => {
    const f = reviewText('Five being upheld out of nine detailed investigations. 30% of complaints we investigated were upheld.').findings.find((x) => x.code === 'upheld-inconsistent');
    assert.equal(f?.message, '30% upheld, but 5 of 9 investigations is 55.6%');
  });
});
