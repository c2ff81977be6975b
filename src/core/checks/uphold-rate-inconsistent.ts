import type { Rule, RuleExamples } from './types';
import { countOf, percentText, roundsTo } from './format';

export const upholdRateInconsistent: Rule = {
  meta: {
    code: 'uphold-rate-inconsistent',
    title: 'A table\'s uphold rate does not match its counts',
    defaultSeverity: 'error',
    description:
      'In the "Decisions made" table of letters before 2019-20, the uphold rate (%) must equal 100 × upheld ÷ (upheld + not upheld), the share of detailed investigations upheld, allowing ±0.5 of rounding. Not checked when no detailed investigation was decided or a cell is not a number.',
  },
  check({ letter, report }) {
    for (const table of letter.statistics.tables ?? []) {
      if (table.name !== 'decisions') continue;
      const cell = (key: string) => table.columns.find((c) => c.key === key)?.figure ?? null;
      const rate = cell('upholdRate');
      const upheld = cell('upheld');
      const notUpheld = cell('notUpheld');
      if (rate?.value == null || upheld?.value == null || notUpheld?.value == null) continue;
      const investigated = upheld.value + notUpheld.value;
      if (investigated <= 0 || roundsTo(rate.value, upheld.value, investigated)) continue;
      const expected = (100 * upheld.value) / investigated;
      report({
        message: `The uphold rate is ${percentText(rate.value)}, but ${upheld.value} upheld of ${countOf(investigated, 'detailed investigation')} is ${percentText(expected)}`,
        span: rate.span,
        related: [
          { message: `${upheld.value} upheld`, span: upheld.span },
          { message: `${notUpheld.value} not upheld`, span: notUpheld.span },
        ],
        fix: { title: `Change ${percentText(rate.value)} to ${Math.round(expected)}%`, span: rate.span, newText: String(Math.round(expected)) },
      });
    }
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: '5 upheld of 8 detailed investigations (5 upheld, 3 not upheld) is 62.5%; 70% is no rounding of it.',
    text: `Complaints and enquiries received
Adult care services Benefits and tax Corporate and other services Education and children's services Environmental services, public protection and regulation Highways and transport Housing Planning and development Other Total
2018 / 19 6 4 3 2 7 5 9 11 1 48

Decisions made
Detailed investigations
Upheld Not upheld Advice given Closed after initial enquiries Incomplete or invalid Referred back for local resolution Uphold rate (%) Total
2018 / 19 5 3 1 14 2 21 70% 46`,
  },
  passes: `Complaints and enquiries received
Adult care services Benefits and tax Corporate and other services Education and children's services Environmental services, public protection and regulation Highways and transport Housing Planning and development Other Total
2018 / 19 6 4 3 2 7 5 9 11 1 48

Decisions made
Detailed investigations
Upheld Not upheld Advice given Closed after initial enquiries Incomplete or invalid Referred back for local resolution Uphold rate (%) Total
2018 / 19 5 3 1 14 2 21 63% 46`,
};
