// The same figure stated twice with different values (issue 20): the parser records every later
// statement beside the first, and the area's consistency rule reports the later one when the two
// differ, with the first as related information; never where the text may speak of another council
// or another year.
import * as assert from 'node:assert/strict';
import { parseLetter, reviewText } from '../../../src/core';
import { formatFixture, replaceOnce } from '../support/formatFixtures';
import { at, offsetOf, realLetter, rochford } from '../support/letters';
import { assertNone, assertOn, assertOne, assertRelated } from '../support/review';

/** Letter 004 (100% of 1 upheld, 100% of 1 compliance outcome, 0% of 1 remedied) with a paragraph after it. */
const quoting = (paragraph: string, base = realLetter('004')): string => `${base}\n\n${paragraph}`;
const consistencyCodes = (text: string): string[] =>
  reviewText(text).findings.filter((f) => /-inconsistent$|^base-mismatch$/.test(f.code)).map((f) => f.code);

describe('figures stated twice', () => {
  describe('in the letter model', () => {
    it('records a later statement under the block field that holds the first, in text order', () => {
      const text = quoting('Overall, 50% of complaints we investigated were upheld, based on a total of 2 detailed investigations. Again: 100% of complaints we investigated were upheld.');
      const { restatements } = parseLetter(text).statistics.upheld!;
      assert.deepEqual(restatements?.map((r) => [r.field, r.first.text, r.figure.text]), [['percent', '100', '50'], ['investigations', '1', '2'], ['percent', '100', '100']]);
      assert.equal(restatements![0]!.first.span.start, offsetOf(text, '100% of complaints'));
      assert.equal(at(text, restatements![0]!.figure.span), '50');
    });

    it('files a statement of the draft\'s "total" under the model\'s name: investigations, the remedy base', () => {
      const text = formatFixture('2024-25-letter.txt').replace(
        'Yours sincerely,',
        'Complaints upheld\n\nStatistics are based on a total of 16 investigations.\n\nStatistics are based on a total of 12 upheld decisions.\n\nYours sincerely,',
      );
      const s = parseLetter(text).statistics;
      assert.deepEqual(s.upheld!.restatements?.map((r) => [r.field, r.first.text, r.figure.text]), [['investigations', '15', '16']]);
      assert.deepEqual(s.remedy!.restatements?.map((r) => [r.field, r.first.text, r.figure.text]), [['base', '11', '12']]);
    });

    it('has no restatements field where nothing is stated twice (the model is as before)', () => {
      const s = parseLetter(realLetter('004')).statistics;
      for (const block of [s.upheld, s.compliance, s.remedy]) assert.equal('restatements' in block!, false);
    });

    it('records the 2024-25 form\'s second "We investigated 15 complaints" on the overview, with no finding', () => {
      const text = formatFixture('2024-25-letter.txt');
      const o = parseLetter(text).statistics.overview!;
      assert.deepEqual(o.restatements?.map((r) => [r.field, r.first.span.start, r.figure.span.start]), [
        ['investigated', offsetOf(text, '15 complaints.'), offsetOf(text, '15 complaints and upheld') ],
      ]);
      assert.deepEqual(reviewText(text).findings, []);
    });

    it('ignores statements in a glossary ("If we investigated 10 complaints and upheld 5, 50% …")', () => {
      assert.equal(parseLetter(formatFixture('2024-25-letter.txt')).statistics.upheld!.restatements, undefined);
    });
  });

  describe('findings', () => {
    it('a summary quoting 50% upheld is upheld-inconsistent on the 50, with the block\'s 100% related', () => {
      const text = quoting('In short, 50% of complaints we investigated were upheld.');
      const f = assertOne(text, 'upheld-inconsistent');
      assert.equal(f.severity, 'error');
      assert.equal(f.message, 'Complaints upheld: 50% here, but 100% where the letter first states it');
      assertOn(text, f, '50', offsetOf(text, '50% of complaints'));
      assertRelated(text, f, [{ message: 'Complaints upheld, first stated: 100%', source: '100', offset: offsetOf(text, '100% of complaints') }]);
      assert.equal(f.fix, null, 'neither statement follows from the other');
    });

    it('each figure of each area, stated again differently, raises its area\'s rule', () => {
      const cases: [paragraph: string, code: string, message: string][] = [
        ['They made 3 upheld decisions.', 'upheld-inconsistent', 'Upheld decisions: 3 here, but 1 where the letter first states it'],
        ['Complaints upheld\n\nStatistics are based on a total of 4 detailed investigations.', 'upheld-inconsistent', 'Detailed investigations: 4 here, but 1 where the letter first states it'],
        ['Complaints upheld: this compares to an average of 50% in similar authorities.', 'upheld-inconsistent', 'Similar authorities\' average for complaints upheld: 50% here, but 45% where the letter first states it'],
        ['In 50% of cases we were satisfied the authority had successfully implemented our recommendations.', 'compliance-inconsistent', 'Compliance with recommendations: 50% here, but 100% where the letter first states it'],
        ['Statistics are based on a total of 2 compliance outcomes.', 'compliance-inconsistent', 'Compliance outcomes: 2 here, but 1 where the letter first states it'],
        ['In 100% of upheld cases we found the authority had provided a satisfactory remedy.', 'remedy-inconsistent', 'Satisfactory remedies: 100% here, but 0% where the letter first states it'],
        ['There was 1 satisfactory remedy decision.', 'remedy-inconsistent', 'Satisfactory remedy decisions: 1 here, but 0 where the letter first states it'],
      ];
      for (const [paragraph, code, message] of cases) {
        const text = quoting(paragraph);
        assert.deepEqual(consistencyCodes(text), [code], paragraph);
        assert.equal(assertOne(text, code).message, message);
      }
    });

    it('an average "n/a" against a number is two different statements', () => {
      const text = quoting('Complaints upheld: this compares to an average of n/a in similar authorities.');
      assert.equal(assertOne(text, 'upheld-inconsistent').message, 'Similar authorities\' average for complaints upheld: n/a here, but 45% where the letter first states it');
    });

    it('a rate per 100,000 residents stated twice differently', () => {
      const text = replaceOnce(formatFixture('2023-24-statistics.txt'), 'Compliance with Ombudsman recommendations', 'In brief, this is 8.5 upheld decisions per 100,000 residents.\n\nCompliance with Ombudsman recommendations');
      assert.equal(assertOne(text, 'upheld-inconsistent').message, 'Upheld decisions per 100,000 residents: 8.5 here, but 7.5 where the letter first states it');
    });

    it('an overview count stated twice differently is overview-inconsistent on the second', () => {
      const text = replaceOnce(formatFixture('2024-25-letter.txt'), 'Complaints upheld\n\nWe investigated', 'In all, we dealt with 60 complaints.\n\nComplaints upheld\n\nWe investigated');
      const f = assertOne(text, 'overview-inconsistent');
      assert.equal(f.message, 'Complaints dealt with: 60 here, but 59 where the letter first states it');
      assertRelated(text, f, [{ message: 'first stated: 59', source: '59' }]);
    });

    it('the upheld block\'s "We investigated 16 complaints" is reported once, as overview-inconsistent always did', () => {
      const text = replaceOnce(formatFixture('2024-25-letter.txt'), 'We investigated 15 complaints and upheld 11.', 'We investigated 16 complaints and upheld 11.');
      const found = reviewText(text).findings;
      assert.deepEqual(found.filter((f) => f.code === 'overview-inconsistent').map((f) => f.message), ['The overview says 15 complaints investigated, but the complaints-upheld figures count 16']);
      // And 73% is no rounding of 11 of 16: the arithmetic, not a restatement.
      assert.deepEqual(found.filter((f) => f.code !== 'overview-inconsistent').map((f) => f.message), ['73% upheld, but 11 of 16 investigations is 68.8%']);
    });

    it('a "total of N detailed investigations" stated again under the remedy heading is the remedy block\'s (base-mismatch)', () => {
      assert.deepEqual(consistencyCodes(quoting('Satisfactory remedies provided by the authority\n\nStatistics are based on a total of 4 detailed investigations.')), ['base-mismatch']);
    });

    it('a statement that names no area, right after a block\'s own figures, is no restatement: it may belong to a block whose heading was cut', () => {
      // "This compares to an average of 99%" reads like the upheld block's, but the compliance heading before it is cut short.
      const text = realLetter('004').replace(/Compliance with Ombudsman recommendations[\s\S]*?In \*\*100%\*\* of cases we/, 'Compliance with Ombudsman recom');
      assert.ok(text.includes('recom were satisfied'));
      assert.equal(parseLetter(text).statistics.upheld!.restatements, undefined);
      assert.deepEqual(consistencyCodes(text), []);
      assert.deepEqual(consistencyCodes(quoting('Statistics are based on a total of 4 detailed investigations.')), []);
    });

    it('the same value stated again raises nothing', () => {
      for (const paragraph of ['In short, 100% of complaints we investigated were upheld.', 'They made 1 upheld decision.', 'In 0% of upheld cases we found the authority had provided a satisfactory remedy.']) {
        assert.deepEqual(reviewText(quoting(paragraph)).findings, [], paragraph);
      }
    });

    it('a wrong first statement and a right second: the arithmetic reports the first, the restatement the second', () => {
      const text = quoting('In short, 33% of complaints we investigated were upheld.', rochford({ upheldPercent: '67', upheldDecisions: '1', investigations: '3', remedyBase: '1' }));
      const found = reviewText(text).findings.filter((f) => f.code === 'upheld-inconsistent');
      assert.deepEqual(found.map((f) => f.message), ['67% upheld, but 1 of 3 investigations is 33.3%', 'Complaints upheld: 33% here, but 67% where the letter first states it']);
    });

    it('can be turned off with the rule, and disabled on its line in a Markdown letter', () => {
      const text = quoting('In short, 50% of complaints we investigated were upheld.');
      assertNone(text, 'upheld-inconsistent', { 'upheld-inconsistent': 'off' });
      assertNone(quoting('<!-- letter-review-disable-next-line upheld-inconsistent -->\nIn short, 50% of complaints we investigated were upheld.'), 'upheld-inconsistent');
    });
  });

  describe('never where the text may speak of another council or year', () => {
    it('stays silent when another council is named between the two statements', () => {
      assert.deepEqual(consistencyCodes(quoting('Bassetlaw District Council Annual statistics\n\n50% of complaints we investigated were upheld.')), []);
      assert.deepEqual(consistencyCodes(quoting('30% Complaints upheld by Bassetlaw District Council\n\n50% of complaints we investigated were upheld.')), []);
    });

    it('stays silent when another council is named between the two statements, whatever else the letter names after them', () => {
      // The letter's own council heads its statistics; Xtown is named between the statements, Bassetlaw after both.
      const base = realLetter('004').replace('Complaint statistics', 'Complaint statistics\n\nRochford District Council Annual statistics');
      const after = '50% of complaints we investigated were upheld.\n\n30% Complaints upheld by Bassetlaw District Council';
      assert.deepEqual(consistencyCodes(quoting(after, base)), ['upheld-inconsistent'], 'named only after both: judged');
      assert.deepEqual(consistencyCodes(quoting(`Xtown District Council Annual statistics\n\n${after}`, base)), []);
    });

    it('judges it when the council named between is the letter\'s own', () => {
      assert.deepEqual(consistencyCodes(quoting('Rochford District Council Annual statistics\n\n50% of complaints we investigated were upheld.')), ['upheld-inconsistent']);
      assert.deepEqual(consistencyCodes(quoting('ROCHFORD DISTRICT COUNCIL Annual statistics\n\n50% of complaints we investigated were upheld.')), ['upheld-inconsistent'], 'however the name is written');
    });

    it('judges it when the other council is named only after both statements, or only before both', () => {
      assert.deepEqual(consistencyCodes(quoting('In short, 50% of complaints we investigated were upheld.\n\nBassetlaw District Council Annual statistics')), ['upheld-inconsistent']);
      const before = realLetter('004').replace('Complaint statistics', 'Complaint statistics\n\n30% Complaints upheld by Bassetlaw District Council');
      assert.deepEqual(consistencyCodes(quoting('In short, 50% of complaints we investigated were upheld.', before)), ['upheld-inconsistent']);
    });

    it('stays silent when the letter quotes another period (last year\'s figure)', () => {
      assert.deepEqual(consistencyCodes(quoting('For the year ending 31 March 2019, 50% of complaints we investigated were upheld.')), []);
    });

    // That hundreds of contradicting quotations read in linear time is measured by `npm run bench` (bench/adversarial.ts).
    it('judges it when every period ends on 31 December 2019 and the title states only the year 2019', () => {
      const period = 'for the period between 1 April 2019 to 31 March 2020';
      const base = realLetter('004')
        .replaceAll(period, 'for the period between 1 January 2019 to 31 December 2019')
        .replace('for the year ending 31 March 2020', 'for the year ending 31 December 2019')
        .replace('Annual Review letter 2020', 'Annual Review letter 2019');
      assert.deepEqual(consistencyCodes(quoting('In short, 50% of complaints we investigated were upheld.', base)), ['upheld-inconsistent']);
    });

    it('reports each contradicting quotation once', () => {
      const text = Array.from({ length: 300 }, (_, i) => `${i % 2 === 0 ? 60 : 70}% of complaints we investigated were upheld.\n`).join('');
      assert.equal(reviewText(text).findings.filter((f) => f.code === 'upheld-inconsistent').length, 150);
    });

    it('stays silent on the grammar fixture that quotes Newcastle upon Tyne\'s figures after Rutland\'s', () => {
      const text = formatFixture('../grammar/later-wording-variants.letter.txt');
      assert.ok((parseLetter(text).statistics.upheld!.restatements ?? []).length > 0, 'the fixture restates the upheld figures');
      assert.deepEqual(consistencyCodes(text), []);
    });
  });
});
