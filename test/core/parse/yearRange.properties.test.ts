// Property test (issue 11): a year range in the sentences around the letter's statistics that is not
// tied to them ("The 2019/20 figures were higher.", "Last year, for the period 2020/21, …") never
// changes the period the letter is read as covering, its review year or its figures.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseLetter, summarizeLetter } from '../../../src/core';
import { realLetter } from '../support/letters';

const seedSetting = process.env.FC_SEED;
const seed = seedSetting === 'random' ? Date.now() : seedSetting ? Number(seedSetting) : 20220401;
const params = { numRuns: 150, seed, endOnFailure: true };

const fixture = (folder: string, name: string): string => readFileSync(path.join(__dirname, '..', '..', 'fixtures', folder, name), 'utf8');

/** What the letter is read as covering, and its figures. */
function reading(text: string): unknown {
  const letter = parseLetter(text);
  const s = summarizeLetter(letter);
  return { period: s.period, reviewYear: s.reviewYear, periods: letter.periods.map((p) => [p.source, p.start, p.end]), statistics: s.statistics };
}

/** "2019/20", "2019-20" or "2019–20": a real year of the Ombudsman's, so that it would be read if it were tied. */
const yearRange = fc.tuple(fc.integer({ min: 2014, max: 2030 }), fc.constantFrom('/', '-', '–')).map(([y, sep]) => `${y}${sep}${String((y + 1) % 100).padStart(2, '0')}`);
const neighbour = fc.constantFrom('Medway Council', 'Royal Borough of Greenwich', 'Eastfield District Council');
/** Sentences that quote a year range but tie it to no figure of the council's own year. */
const unrelated = fc.oneof(
  yearRange.map((r) => `The ${r} figures were higher.`),
  yearRange.map((r) => `The Council restructured its complaints team in ${r}.`),
  fc.tuple(yearRange, yearRange).map(([a, b]) => `Complaints to the Council fell between ${a} and ${b}.`),
  yearRange.map((r) => `Last year, for the period ${r}, the Council received more complaints.`),
  fc.tuple(neighbour, yearRange).map(([c, r]) => `${c}'s letter for the period ${r} was also discussed.`),
  yearRange.map((r) => `Nationally, for the year ${r}, complaints rose.`),
  yearRange.map((r) => `The complaint statistics ${r} were published late.`),
  yearRange.map((r) => `Compared with ${r}, the Council's response times improved.`),
);

/** The text with sentences put in as paragraphs of their own after `from`, never just before an average (which belongs to the statement before it). */
function withUnrelated(text: string, from: number): fc.Arbitrary<string> {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n\n', from); i >= 0; i = text.indexOf('\n\n', i + 2)) if (!text.slice(i, i + 40).trim().startsWith('This compares')) breaks.push(i);
  return fc.array(fc.tuple(fc.constantFrom(...breaks), unrelated), { minLength: 1, maxLength: 6 }).map((inserts) =>
    [...inserts].sort((a, b) => b[0] - a[0]).reduce((out, [at, sentence]) => `${out.slice(0, at)}\n\n${sentence}${out.slice(at)}`, text));
}

describe('a year range not tied to the statistics (fast-check)', function () {
  this.timeout(120_000);
  const bases: [string, string][] = [
    ['the real letter 004', realLetter('004')],
    ['a statistics page headed "Complaint statistics 2021–22"', fixture('fidelity', 'statistics-page-2021-22.txt')],
    ['a committee report quoting the letter for 2021/22', fixture('fidelity', 'committee-report-period-2021-22.md')],
    // Its year then comes from "In 2021-22, 14 cases were upheld …" alone.
    ['a committee report naming its year only beside a figure', fixture('fidelity', 'committee-report-period-2021-22.md').replace(/^1\. This report presents[^\n]*\n\n/m, '')],
    ['a 2024-25 letter', fixture('formats', '2024-25-letter.txt')],
  ];
  for (const [name, text] of bases) {
    it(`leaves the period, the review year and the figures of ${name} as they are`, () => {
      const own = reading(text);
      fc.assert(fc.property(withUnrelated(text, 0), (t) => assert.deepEqual(reading(t), own)), params);
    });
  }
});
