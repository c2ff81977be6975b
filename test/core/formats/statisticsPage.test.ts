// The published statistics text and the statistics pages of 2018-19 to 2021-22, in each rendering:
// heading-only, bulleted, compact ("-" lines between blocks) and glued by lost line breaks.
import * as assert from 'node:assert/strict';
import { LetterSummarySchema, summarizeLetter } from '../../../src/core';
import { applyFix, assertFigure, assertFigures, at, codes, fixture, replaceOnce, review } from './helpers';

describe('formats: the statistics page', () => {
  describe('2018-19 statistics text, heading-only ("Wealden District Council Annual statistics")', () => {
    const text = fixture('2018-19-statistics.txt');

    it('reads every figure at its printed number, "N investigations" as the total and the remedy base in upheld decisions', () => {
      const { letter, findings } = review(text);
      assert.deepEqual(codes(findings), []);
      assertFigures(text, letter, {
        'upheld.percent': [63, '63'], 'upheld.average': [54, '54'], 'upheld.decisions': [5, '5'], 'upheld.investigations': [8, '8'],
        'compliance.percent': [100, '100'], 'compliance.average': [99, '99'], 'compliance.outcomes': [4, '4'],
        'remedy.percent': [20, '20'], 'remedy.average': [12, '12'], 'remedy.decisions': [1, '1'], 'remedy.base': [5, '5'],
      });
      assert.equal(letter.statistics.upheld?.investigations?.noun?.text, 'investigations');
      assert.equal(letter.statistics.remedy?.base?.noun?.text, 'upheld decisions');
      assert.equal(at(text, letter.statistics.authority!.span), 'Wealden District Council');
      assert.equal(letter.sections[0]?.heading.text, 'Wealden District Council Annual statistics');
      assert.equal(letter.reviewYear, 2019, 'from the period\'s end: there is no title');
    });

    it('the summary names the council from the heading', () => {
      const summary = LetterSummarySchema.parse(summarizeLetter(review(text).letter));
      assert.deepEqual(summary, {
        authority: 'Wealden District Council',
        recipient: { name: null, role: null },
        date: null,
        reviewYear: 2019,
        period: { start: '2018-04-01', end: '2019-03-31' },
        statistics: {
          upheld: { percent: 63, average: 54, decisions: 5, investigations: 8, rate: null, rateAverage: null, captions: [] },
          compliance: { percent: 100, average: 99, outcomes: 4, noneDue: false, captions: [] },
          remedy: { percent: 20, average: 12, decisions: 1, base: 5, captions: [] },
          overview: null,
          tables: { received: null, decisions: null },
        },
      });
    });

    it('a remedy base that disagrees with the upheld count is still checked against the upheld decisions', () => {
      const broken = replaceOnce(text, 'In 20% of upheld cases', 'In 25% of upheld cases');
      const found = review(broken).findings;
      assert.deepEqual(codes(found), ['remedy-inconsistent']);
      assert.equal(at(broken, found[0]!.span), '25');
    });

    it('a sentence that merely mentions "annual statistics" names no council', () => {
      const { letter } = review(`Finally, we compare the three key annual statistics\n${text}`);
      assert.equal(letter.statistics.authority?.text, 'Wealden District Council');
      assert.equal(review('We compare the three key annual statistics for your authority with similar authorities.\n').letter.statistics.authority, null);
    });
  });

  describe('2020-21 bulleted, with captions and no recommendations due', () => {
    const text = fixture('2020-21-bulleted.md');

    it('reads the indented lines under each bullet, each figure at its printed number', () => {
      const { letter, findings } = review(text);
      assert.deepEqual(codes(findings), []);
      assertFigures(text, letter, {
        'upheld.percent': [80, '80'], 'upheld.average': [67, '67'], 'upheld.decisions': [12, '12'], 'upheld.investigations': [15, '15'],
        'compliance.percent': null, 'compliance.average': null, 'compliance.outcomes': null,
        'remedy.percent': [8, '8'], 'remedy.average': [13, '13'], 'remedy.decisions': [1, '1'], 'remedy.base': [12, '12'],
      });
    });

    it('captions are read once, kept apart from the sentence, with the council they name', () => {
      const { letter } = review(text);
      const upheld = letter.statistics.upheld!;
      assert.equal(upheld.captions.length, 1);
      assertFigure(text, upheld.captions[0]!.percent, 80, '80', 'upheld caption');
      assert.notEqual(upheld.captions[0]!.percent.span.start, upheld.percent!.span.start, 'the sentence\'s figure is the block\'s, not the caption\'s');
      assert.equal(at(text, upheld.captions[0]!.authority!.span), 'Poole Borough Council');
      assert.equal(at(text, upheld.captions[0]!.span), '80% Complaints upheld by Poole Borough Council');
      const remedy = letter.statistics.remedy!;
      assertFigure(text, remedy.captions[0]!.percent, 8, '8', 'remedy caption');
      assert.equal(at(text, remedy.captions[0]!.authority!.span), 'Poole Borough Council');
    });

    it('"No recommendations were due" makes a compliance block with no percentage, 0 outcomes and no finding', () => {
      const { letter } = review(text);
      const compliance = letter.statistics.compliance!;
      assert.equal(at(text, compliance.noneDue!.span), 'No recommendations were due for compliance in this period');
      const summary = LetterSummarySchema.parse(summarizeLetter(letter));
      assert.deepEqual(summary.statistics.compliance, { percent: null, average: null, outcomes: 0, noneDue: true, captions: [] });
      assert.deepEqual(summary.statistics.upheld?.captions, [80]);
      assert.deepEqual(summary.statistics.remedy?.captions, [8]);
    });

    it('a caption that disagrees with its sentence is caption-mismatch on the caption, fixed to the sentence', () => {
      const broken = replaceOnce(text, '8% Complaints with satisfactory remedy', '9% Complaints with satisfactory remedy');
      const found = review(broken).findings;
      assert.deepEqual(codes(found), ['caption-mismatch']);
      assert.equal(at(broken, found[0]!.span), '9');
      assert.equal(at(broken, found[0]!.related[0]!.span), '8');
      assert.deepEqual(codes(review(applyFix(broken, found[0]!)).findings), []);
    });

    it('a caption naming another council is authority-mismatch', () => {
      const broken = replaceOnce(text, '80% Complaints upheld by Poole Borough Council', '80% Complaints upheld by Bournemouth Borough Council');
      const found = review(broken).findings;
      assert.deepEqual(codes(found), ['authority-mismatch']);
      assert.equal(at(broken, found[0]!.span), 'Bournemouth Borough Council');
    });
  });

  describe('2021-22 compact, with "n/a" averages and a compliance caption', () => {
    const text = fixture('2021-22-compact.txt');

    it('reads each block between the "-" lines; "n/a" averages are null with their printed text, and no finding', () => {
      const { letter, findings } = review(text);
      assert.deepEqual(codes(findings), []);
      assertFigures(text, letter, {
        'upheld.percent': [67, '67'], 'upheld.average': [null, 'n/a'], 'upheld.decisions': [2, '2'], 'upheld.investigations': [3, '3'],
        'compliance.percent': [100, '100'], 'compliance.average': [null, 'n/a'], 'compliance.outcomes': [2, '2'],
        'remedy.percent': [50, '50'], 'remedy.average': [null, 'n/a'], 'remedy.decisions': [1, '1'], 'remedy.base': [2, '2'],
      });
      const caption = letter.statistics.compliance!.captions[0]!;
      assertFigure(text, caption.percent, 100, '100', 'compliance caption');
      assert.equal(caption.authority?.text, 'Christchurch Borough Council');
      assert.equal(letter.statistics.compliance!.heading?.text, 'Compliance with Ombudsman recommendations');
    });

    it('the summary has null averages and the caption', () => {
      const s = LetterSummarySchema.parse(summarizeLetter(review(text).letter)).statistics;
      assert.deepEqual([s.upheld?.average, s.compliance?.average, s.remedy?.average], [null, null, null]);
      assert.deepEqual(s.compliance?.captions, [100]);
    });

    it('a disagreeing compliance caption is caption-mismatch', () => {
      const broken = replaceOnce(text, '100% of cases were successfully implemented by', '90% of cases were successfully implemented by');
      assert.deepEqual(codes(review(broken).findings), ['caption-mismatch']);
    });
  });

  describe('2021-22 glued by lost line breaks', () => {
    const text = fixture('2021-22-glued.txt');

    it('reads "12 upheld decisionsView upheld decisionsStatistics are based on …" and "1 satisfactory remedy decisionStatistics"', () => {
      const { letter, findings } = review(text);
      assert.deepEqual(codes(findings), []);
      assertFigures(text, letter, {
        'upheld.percent': [80, '80'], 'upheld.average': [70, '70'], 'upheld.decisions': [12, '12'], 'upheld.investigations': [15, '15'],
        'compliance.percent': [100, '100'], 'compliance.average': [99, '99'], 'compliance.outcomes': [3, '3'],
        'remedy.percent': [8, '8'], 'remedy.average': [14, '14'], 'remedy.decisions': [1, '1'], 'remedy.base': [12, '12'],
      });
      assert.equal(at(text, letter.statistics.upheld!.decisions!.noun!.span), 'upheld decisions');
      assert.equal(at(text, letter.statistics.remedy!.decisions!.noun!.span), 'satisfactory remedy decision');
    });

    it('captions name the council up to where the glued sentence starts', () => {
      const { letter } = review(text);
      for (const area of ['upheld', 'compliance', 'remedy'] as const) {
        const c = letter.statistics[area]!.captions[0]!;
        assert.equal(at(text, c.authority!.span), 'Dacorum Borough Council', area);
      }
      assert.equal(LetterSummarySchema.parse(summarizeLetter(letter)).authority, 'Dacorum Borough Council');
    });

    it('a glued plural that disagrees with its count is still plural-mismatch, fixed at the right letter', () => {
      const broken = replaceOnce(text, '1 satisfactory remedy decisionStatistics', '2 satisfactory remedy decisionStatistics');
      const found = review(broken).findings.filter((f) => f.code === 'plural-mismatch');
      assert.equal(found.length, 1);
      assert.ok(review(applyFix(broken, found[0]!)).letter.statistics.remedy!.decisions!.noun!.plural);
    });
  });
});
