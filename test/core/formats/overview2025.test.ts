// The 2024-25 letter: the overview whose parts add up, "We investigated 15 complaints and upheld 11",
// the period "Between 1 April 2024 to 31 March 2025", and a glossary that states no figures.
import * as assert from 'node:assert/strict';
import { LetterSummarySchema, summarizeLetter } from '../../../src/core';
import { applyFix, assertFigure, assertFigures, at, codes, fixture, replaceOnce, review } from './helpers';

const LETTER = '2024-25-letter.txt';

describe('formats: 2024-25 overview', () => {
  const text = fixture(LETTER);

  it('reads the overview\'s counts at their printed numbers, and its period', () => {
    const { letter, findings } = review(text);
    assert.deepEqual(codes(findings), []);
    const o = letter.statistics.overview!;
    assertFigure(text, o.complaints, 59, '59', 'complaints dealt with');
    assertFigure(text, o.notForUs, 18, '18', 'not for us');
    assertFigure(text, o.assessed, 26, '26', 'assessed and closed');
    assertFigure(text, o.investigated, 15, '15', 'investigated');
    assert.equal(o.investigated!.span.start, text.indexOf('15 complaints.'), 'the overview\'s own sentence, not the upheld block\'s');
    assert.equal(at(text, o.period!.span), 'Between 1 April 2024 to 31 March 2025');
    assert.deepEqual([o.period!.source, o.period!.start, o.period!.end], ['overview', '2024-04-01', '2025-03-31']);
  });

  it('reads the blocks: "We investigated 15 complaints and upheld 11" gives the upheld counts', () => {
    const { letter } = review(text);
    const investigatedAt = text.indexOf('We investigated 15 complaints and upheld 11');
    assertFigures(text, letter, {
      'upheld.percent': [73, '73'], 'upheld.average': [79, '79'], 'upheld.decisions': [11, '11'], 'upheld.investigations': [15, '15'],
      'upheld.rate': [9.1, '9.1'], 'upheld.rateAverage': [4.6, '4.6'],
      'compliance.percent': [100, '100'], 'compliance.average': [100, '100'], 'compliance.outcomes': [6, '6'],
      'remedy.percent': [18, '18'], 'remedy.average': [12, '12'], 'remedy.decisions': [2, '2'], 'remedy.base': [11, '11'],
    });
    assert.ok(letter.statistics.upheld!.investigations!.span.start > investigatedAt);
    assert.ok(letter.statistics.upheld!.decisions!.span.start > investigatedAt);
  });

  it('the review year follows the period\'s end ("Annual Review letter 2024-25" states no single year)', () => {
    const { letter } = review(text);
    assert.equal(letter.reviewYear, 2025);
    assert.equal(review(replaceOnce(text, 'Between 1 April 2024 to 31 March 2025,', 'Between 1 April 2023 to 31 March 2024,')).letter.reviewYear, 2024);
  });

  it('the summary carries the overview', () => {
    const summary = LetterSummarySchema.parse(summarizeLetter(review(text).letter));
    assert.deepEqual(summary, {
      authority: 'Example District Council',
      recipient: { name: 'Mrs Example', role: 'Chief Executive' },
      date: '2025-07-16',
      reviewYear: 2025,
      period: { start: '2024-04-01', end: '2025-03-31' },
      statistics: {
        upheld: { percent: 73, average: 79, decisions: 11, investigations: 15, rate: 9.1, rateAverage: 4.6, captions: [] },
        compliance: { percent: 100, average: 100, outcomes: 6, noneDue: false, captions: [] },
        remedy: { percent: 18, average: 12, decisions: 2, base: 11, captions: [] },
        overview: { complaints: 59, notForUs: 18, assessed: 26, investigated: 15 },
        tables: { received: null, decisions: null },
      },
    });
  });

  it('parts that do not add up are overview-inconsistent on the whole, and the fix makes them add up', () => {
    const broken = replaceOnce(text, 'We assessed and closed 26 complaints', 'We assessed and closed 25 complaints');
    const found = review(broken).findings;
    assert.deepEqual(codes(found), ['overview-inconsistent']);
    assert.equal(at(broken, found[0]!.span), '59');
    assert.deepEqual(found[0]!.related.map((r) => at(broken, r.span)), ['18', '25', '15']);
    assert.deepEqual(codes(review(applyFix(broken, found[0]!)).findings), []);
  });

  it('an overview that investigated another number than the upheld block is overview-inconsistent', () => {
    const broken = replaceOnce(text, 'We investigated 15 complaints and upheld 11.', 'We investigated 16 complaints and upheld 11.');
    const found = review(broken).findings;
    assert.ok(codes(found).includes('overview-inconsistent'));
    const mismatch = found.find((f) => f.code === 'overview-inconsistent')!;
    assert.equal(mismatch.span.start, broken.indexOf('15 complaints.'));
  });

  it('an overview with a part missing is not checked', () => {
    const partial = replaceOnce(text, ' We assessed and closed 26 complaints.', '');
    const { letter, findings } = review(partial);
    assert.equal(letter.statistics.overview!.assessed, null);
    assert.deepEqual(codes(findings), []);
  });

  it('a bare "Between … to …" line is a period of its own, which the others must agree with', () => {
    const withHeading = replaceOnce(text, 'Complaints upheld\n', 'Complaints upheld\n\nBetween 1 April 2024 to 31 March 2025\n');
    const { letter, findings } = review(withHeading);
    const heading = letter.periods.find((p) => p.source === 'heading')!;
    assert.deepEqual([heading.start, heading.end, at(withHeading, heading.span)], ['2024-04-01', '2025-03-31', 'Between 1 April 2024 to 31 March 2025']);
    assert.deepEqual(codes(findings), []);
    const stray = replaceOnce(text, 'Complaints upheld\n', 'Complaints upheld\n\nBetween 1 April 2023 to 31 March 2024\n');
    assert.deepEqual(codes(review(stray).findings), ['period-mismatch']);
  });

  describe('the glossary', () => {
    it('states no figures: "below 100%", "An average of 100%", its worked example are never read', () => {
      const { letter } = review(text);
      const glossary = text.indexOf('\nGlossary\n');
      assert.ok(glossary > 0);
      const { upheld, compliance, remedy } = letter.statistics;
      const figures = [
        upheld!.percent, upheld!.average, upheld!.decisions, upheld!.investigations, upheld!.rate, upheld!.rateAverage,
        compliance!.percent, compliance!.average, compliance!.outcomes, remedy!.percent, remedy!.average, remedy!.decisions, remedy!.base,
      ];
      for (const f of figures) assert.ok(f && f.span.start < glossary, `a figure was read from the glossary: ${JSON.stringify(f)}`);
      for (const b of [upheld!, compliance!, remedy!]) assert.ok(b.span.end < glossary, `the ${b.area} block runs into the glossary`);
      assert.ok(letter.periods.every((p) => p.span.start < glossary));
    });

    it('never supplies a figure the letter lacks', () => {
      const variant = replaceOnce(text, '73% of complaints we investigated were upheld.\n', '');
      const { letter, findings } = review(variant);
      assert.equal(letter.statistics.upheld!.percent, null, 'not the glossary\'s worked example, 50%');
      assert.deepEqual(codes(findings), ['figure-missing']);
    });

    it('"see our glossary" in a sentence is no glossary heading', () => {
      const variant = replaceOnce(text, 'I write to you', 'See our glossary for terms.\nI write to you');
      assert.deepEqual(codes(review(variant).findings), []);
      assert.equal(review(variant).letter.statistics.upheld!.percent!.value, 73);
    });
  });
});
