// The 2020 letters must read exactly as before the later forms were added.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LetterSummarySchema, summarizeLetter } from '../../../src/core';
import { SAMPLES, assertFigures, codes, review } from './helpers';

const sample = (prefix: string): string => {
  const names = ['000_f12d23132a32b45e.txt', '001_19fad85fc7db6ad4.txt', '002_58b91b53c5fbc2ce.txt', '003_be1f43c79fdd0670.txt', '004_63abd8654b08d728.txt'];
  return readFileSync(path.join(SAMPLES, names.find((n) => n.startsWith(prefix))!), 'utf8');
};

describe('formats: the 2020 letters', () => {
  for (const id of ['000', '001', '002', '003']) {
    it(`${id}: no figures, one statistics-missing warning, nothing read from the later forms`, () => {
      const { letter, findings } = review(sample(id));
      assert.deepEqual(codes(findings), ['statistics-missing']);
      assert.deepEqual(letter.statistics.tables, []);
      assert.equal(letter.statistics.overview, null);
      assert.equal(letter.statistics.authority, null);
      assert.equal(letter.reviewYear, 2020);
    });
  }

  it('004: every figure, at its exact source text, and no findings', () => {
    const text = sample('004');
    const { letter, findings } = review(text);
    assert.deepEqual(codes(findings), []);
    assertFigures(text, letter, {
      'upheld.percent': [100, '100'], 'upheld.average': [45, '45'], 'upheld.decisions': [1, '1'], 'upheld.investigations': [1, '1'],
      'upheld.rate': null, 'upheld.rateAverage': null,
      'compliance.percent': [100, '100'], 'compliance.average': [99, '99'], 'compliance.outcomes': [1, '1'],
      'remedy.percent': [0, '0'], 'remedy.average': [20, '20'], 'remedy.decisions': [0, '0'], 'remedy.base': [1, '1'],
    });
    assert.equal(letter.statistics.compliance?.noneDue, null);
    for (const area of ['upheld', 'compliance', 'remedy'] as const) assert.deepEqual(letter.statistics[area]?.captions, []);
    assert.deepEqual(letter.formats, ['2020']);
  });

  it('004: the summary keeps every existing field and adds the new ones empty', () => {
    const summary = LetterSummarySchema.parse(summarizeLetter(review(sample('004')).letter));
    assert.deepEqual(summary, {
      authority: 'Rochford District Council',
      recipient: { name: 'Mr Scrutton', role: 'Managing Director' },
      date: '2020-07-22',
      reviewYear: 2020,
      period: { start: '2019-04-01', end: '2020-03-31' },
      statistics: {
        upheld: { percent: 100, average: 45, decisions: 1, investigations: 1, rate: null, rateAverage: null, captions: [] },
        compliance: { percent: 100, average: 99, outcomes: 1, noneDue: false, captions: [] },
        remedy: { percent: 0, average: 20, decisions: 0, base: 1, captions: [] },
        overview: null,
        tables: { received: null, decisions: null },
      },
    });
  });
});
