// Property tests (issue 11): a national, another council's or another year's figure in the sentences
// around the council's statements never changes the council's figures; and whose figure a statement
// states is judged from a bounded stretch of text around it, so hundreds of quoted sentences read in
// linear time (counted, not timed: the scope of a statement in a long text is the scope in its window).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseLetter, summarizeLetter } from '../../../src/core';
import { scopeOf } from '../../../src/core/parse/scope';
import { realLetter } from '../support/letters';

const seedSetting = process.env.FC_SEED;
const seed = seedSetting === 'random' ? Date.now() : seedSetting ? Number(seedSetting) : 20200722;
const params = { numRuns: 200, seed, endOnFailure: true };

const figures = (text: string): unknown => {
  const s = summarizeLetter(parseLetter(text));
  return { authority: s.authority, statistics: s.statistics };
};
const fixture = (name: string): string => readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'fidelity', name), 'utf8');

const pct = fc.integer({ min: 0, max: 100 });
const count = fc.integer({ min: 0, max: 40 });
const neighbour = fc.constantFrom('Castle Point Borough Council', 'Medway Council', 'Royal Borough of Greenwich', 'Eastfield District Council');
/** Sentences about the country, another council or another year, in the statements' own words. */
const distractor = fc.oneof(
  pct.map((n) => `The national uphold rate was ${n}%.`),
  pct.map((n) => `Nationally, ${n}% of complaints we investigated were upheld.`),
  fc.tuple(pct, count).map(([n, k]) => `Across all councils ${n} per cent of complaints the Ombudsman investigated were upheld, with ${k} upheld decisions on average.`),
  fc.tuple(neighbour, pct).map(([c, n]) => `In neighbouring ${c}, ${n}% of complaints the Ombudsman investigated were upheld.`),
  fc.tuple(neighbour, count, count).map(([c, k, t]) => `At ${c}, ${k} upheld decisions out of ${k + t} detailed investigations were made.`),
  fc.tuple(neighbour, pct).map(([c, n]) => `For ${c}, in ${n}% of cases the Ombudsman was satisfied the Council had implemented his recommendations.`),
  pct.map((n) => `Last year ${n}% of complaints we investigated were upheld.`),
  fc.tuple(pct, count).map(([n, k]) => `In 2017-18, in ${n}% of upheld cases we found the Council had provided a satisfactory remedy, ${k} satisfactory remedy decisions.`),
);

/** Paragraph breaks after `from` where a sentence may stand, but not just before an average (which belongs to the statement before it). */
function insertionPoints(text: string, from: number): number[] {
  const points: number[] = [];
  for (let i = text.indexOf('\n\n', from); i >= 0; i = text.indexOf('\n\n', i + 2)) {
    if (!/^\s*This compares/.test(text.slice(i, i + 40))) points.push(i);
  }
  return points;
}

function withDistractors(text: string, from: number): fc.Arbitrary<string> {
  const points = insertionPoints(text, from);
  return fc.array(fc.tuple(fc.constantFrom(...points), distractor), { minLength: 1, maxLength: 6 }).map((inserts) => {
    let out = text;
    for (const [at, sentence] of [...inserts].sort((a, b) => b[0] - a[0])) out = `${out.slice(0, at)}\n\n${sentence}${out.slice(at)}`;
    return out;
  });
}

describe('whose figure a statement states (fast-check)', function () {
  this.timeout(120_000);
  const bases: [string, string, string][] = [
    ['the real letter 004', realLetter('004'), 'Complaint statistics'],
    ['a statistics page naming its council above "Annual statistics"', fixture('statistics-page-name-above-2022-23.txt'), 'Complaints upheld'],
    ['a committee report quoting the letter', fixture('committee-report-quoting-2022.md'), '1. The'],
  ];
  for (const [name, text, from] of bases) {
    it(`national, other councils' and other years' figures around ${name} leave its figures as they are`, () => {
      const own = figures(text);
      fc.assert(fc.property(withDistractors(text, text.indexOf(from)), (t) => assert.deepEqual(figures(t), own)), params);
    });
  }

  it('judges a statement from a bounded stretch around it: the same in a text of hundreds of quoted sentences as in its window', () => {
    const paragraph = fixture('committee-report-quoting-2022.md');
    const text = paragraph.repeat(300);
    const sentence = '60 per cent of complaints the Ombudsman investigated were upheld';
    const window = 600; // more than the scope's reach either way
    for (let i = text.indexOf(sentence), n = 0; i >= 0 && n < 300; i = text.indexOf(sentence, i + 1), n++) {
      const from = Math.max(0, i - window);
      const local = text.slice(from, i + sentence.length + window);
      assert.deepEqual(scopeOf(text, i, i + sentence.length, false), scopeOf(local, i - from, i - from + sentence.length, false));
    }
  });

  it('records one restatement per quoted copy: the facts read grow with the text, no more', () => {
    const paragraph = '21 cases were upheld of 35 detailed investigations. 60 per cent of complaints the Ombudsman investigated were upheld.\n\n';
    const restatements = (copies: number): number => parseLetter(paragraph.repeat(copies)).statistics.upheld?.restatements?.length ?? 0;
    assert.deepEqual([restatements(1), restatements(100), restatements(400)], [0, 3 * 99, 3 * 399]);
  });
});
