// Letters before 2019-20: the "Complaints and enquiries received" and "Decisions made" tables,
// each row one line of space-separated cells.
import * as assert from 'node:assert/strict';
import { LetterSummarySchema, summarizeLetter } from '../../../src/core';
import type { Letter, Table } from '../../../src/core';
import { applyFix, assertFigure, at, codes, fixture, replaceOnce, review } from './helpers';

const LETTER = '2018-19-letter-tables.txt';
const table = (letter: Letter, name: Table['name']): Table => {
  const t = letter.statistics.tables?.find((x) => x.name === name);
  assert.ok(t, `no ${name} table`);
  return t;
};

describe('formats: tables of letters before 2019-20', () => {
  it('reads every cell of the received table, each at its printed number, with its label', () => {
    const text = fixture(LETTER);
    const received = table(review(text).letter, 'received');
    const expected: [string, number, string][] = [
      ['adultCare', 6, 'Adult care services'], ['benefitsAndTax', 4, 'Benefits and tax'], ['corporate', 3, 'Corporate and other services'],
      ['education', 2, "Education and children's services"], ['environment', 7, 'Environmental services, public protection and regulation'],
      ['highways', 5, 'Highways and transport'], ['housing', 9, 'Housing'], ['planning', 11, 'Planning and development'], ['other', 1, 'Other'], ['total', 48, 'Total'],
    ];
    assert.deepEqual(received.columns.map((c) => c.key), expected.map(([k]) => k));
    received.columns.forEach((c, i) => {
      const [key, value, label] = expected[i]!;
      assertFigure(text, c.figure, value, String(value), key);
      assert.equal(at(text, c.label.span), label);
    });
    assert.equal(at(text, received.title.span), 'Complaints and enquiries received');
    assert.ok(at(text, received.span).startsWith('Complaints and enquiries received') && at(text, received.span).endsWith('1 48'));
  });

  it('reads the decisions table under its two header rows, the uphold rate without its "%"', () => {
    const text = fixture(LETTER);
    const decisions = table(review(text).letter, 'decisions');
    const expected: [string, number, string][] = [
      ['upheld', 5, '5'], ['notUpheld', 3, '3'], ['adviceGiven', 1, '1'], ['closedAfterInitialEnquiries', 14, '14'],
      ['incompleteOrInvalid', 2, '2'], ['referredBack', 21, '21'], ['upholdRate', 63, '63'], ['total', 46, '46'],
    ];
    assert.deepEqual(decisions.columns.map((c) => c.key), expected.map(([k]) => k));
    decisions.columns.forEach((c, i) => assertFigure(text, c.figure, expected[i]![1], expected[i]![2], c.key));
    assert.equal(at(text, decisions.columns[6]!.label.span), 'Uphold rate (%)');
  });

  it('a consistent letter has no findings; its period and year come from the introduction and title', () => {
    const { letter, findings } = review(fixture(LETTER));
    assert.deepEqual(codes(findings), []);
    assert.equal(letter.reviewYear, 2019);
    assert.deepEqual(letter.periods.map((p) => [p.source, p.start, p.end]), [['title', null, '2019-03-31'], ['intro', '2018-04-01', '2019-03-31']]);
    assert.deepEqual(letter.formats, ['2020', 'tables-2018-19']);
  });

  it('the summary carries both tables by column', () => {
    const summary = LetterSummarySchema.parse(summarizeLetter(review(fixture(LETTER)).letter));
    assert.deepEqual(summary.statistics.tables, {
      received: { adultCare: 6, benefitsAndTax: 4, corporate: 3, education: 2, environment: 7, highways: 5, housing: 9, planning: 11, other: 1, total: 48 },
      decisions: { upheld: 5, notUpheld: 3, adviceGiven: 1, closedAfterInitialEnquiries: 14, incompleteOrInvalid: 2, referredBack: 21, upholdRate: 63, total: 46 },
    });
    assert.equal(summary.statistics.upheld, null);
    assert.equal(summary.authority, 'Wealden District Council');
  });

  it('a wrong total is table-total-mismatch on the total, and its fix makes the table add up', () => {
    const text = replaceOnce(fixture(LETTER), '11 1 48', '11 1 50');
    const found = review(text).findings;
    assert.deepEqual(codes(found), ['table-total-mismatch']);
    assert.equal(at(text, found[0]!.span), '50');
    assert.match(found[0]!.message, /total is 50, but its columns add up to 48/);
    assert.deepEqual(codes(review(applyFix(text, found[0]!)).findings), []);
  });

  it('a wrong uphold rate is uphold-rate-inconsistent; 62.5% rounds to 63 but not to 65', () => {
    const text = replaceOnce(fixture(LETTER), '21 63% 46', '21 65% 46');
    const found = review(text).findings;
    assert.deepEqual(codes(found), ['uphold-rate-inconsistent']);
    assert.equal(at(text, found[0]!.span), '65');
    assert.deepEqual(codes(review(applyFix(text, found[0]!)).findings), []);
    assert.deepEqual(codes(review(replaceOnce(fixture(LETTER), '21 63% 46', '21 62% 46')).findings), [], '62 is 62.5 rounded down: within ±0.5');
  });

  it('variants: "&" and "Incomplete/Invalid" labels, no year label, no Total column, "n/a" cells', () => {
    let text = fixture(LETTER);
    text = replaceOnce(text, 'Benefits and tax', 'Benefits & Tax');
    text = replaceOnce(text, 'Incomplete or invalid', 'Incomplete/Invalid');
    text = replaceOnce(text, '2018 / 19 5 3 1 14 2 21 63% 46', '5 3 1 14 2 21 n/a 46');
    text = replaceOnce(text, 'Planning and development Other Total\n2018 / 19 6 4 3 2 7 5 9 11 1 48', 'Planning and development Other\n6 4 3 2 7 5 9 11 1');
    const { letter, findings } = review(text);
    assert.deepEqual(codes(findings), []);
    const received = table(letter, 'received');
    assert.equal(received.columns.length, 9);
    assert.equal(at(text, received.columns[1]!.label.span), 'Benefits & Tax');
    const decisions = table(letter, 'decisions');
    assertFigure(text, decisions.columns.find((c) => c.key === 'incompleteOrInvalid')!.figure, 2, '2', 'incomplete');
    assertFigure(text, decisions.columns.find((c) => c.key === 'upholdRate')!.figure, null, 'n/a', 'uphold rate n/a');
  });

  it('a row with fewer cells than labels is not read as a table (no guessing which cell is which)', () => {
    const text = replaceOnce(fixture(LETTER), '2018 / 19 6 4 3 2 7 5 9 11 1 48', '2018 / 19 6 4 3 2 7 5 9');
    const { letter, findings } = review(text);
    assert.deepEqual(letter.statistics.tables?.map((t) => t.name), ['decisions']);
    assert.deepEqual(codes(findings), []);
  });

  it('"Decisions made" as a heading with no table under it reads nothing', () => {
    const { letter } = review('Decisions made\n\n80% Complaints upheld by Poole Borough Council\n');
    assert.deepEqual(letter.statistics.tables, []);
  });
});
