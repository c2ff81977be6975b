import type { Letter } from '../model';
import type { Report, Rule, RuleExamples } from './types';
import { countOfFigure, isNumber, onPercent, percentText, roundsTo, unitOf } from './format';
import { RESTATED, reportRestatements } from './restated';

export const complianceInconsistent: Rule = {
  meta: {
    code: 'compliance-inconsistent',
    title: 'Compliance percentage is not a whole number of outcomes',
    defaultSeverity: 'error',
    description:
      `With C compliance outcomes, the compliance percentage N must be 100 × x ÷ C for some whole number of cases x from 0 to C, allowing ±0.5 of rounding. With no compliance outcomes (C = 0) only 0% is possible. Not checked when no recommendations were due or N lies outside 0–100 (see percentage-out-of-range). ${RESTATED}`,
  },
  check({ letter, report }) {
    checkOutcomes(letter, report);
    reportRestatements(letter, 'compliance', report);
  },
};

function checkOutcomes(letter: Letter, report: Report): void {
  const b = letter.statistics.compliance;
  // "No recommendations were due": there is nothing the percentage could count.
  if (!b || b.noneDue || !isNumber(b.percent) || !isNumber(b.outcomes)) return;
  const n = b.percent.value;
  const c = b.outcomes.value;
  if (!Number.isInteger(c) || n < 0 || n > 100) return;
  if (c === 0) {
    if (n > 0.5) report(onPercent(b.percent, `${percentText(n)} of cases complied with, but there were no ${unitOf('compliance.outcomes', 0)}`, [{ message: countOfFigure('compliance.outcomes', c), span: b.outcomes.span }], 0));
    return;
  }
  const nearest = Math.min(c, Math.max(0, Math.round((n * c) / 100)));
  if (roundsTo(n, nearest, c)) return;
  // The attainable percentages either side of the printed one.
  const below = Math.floor((n * c) / 100);
  const candidates = [below, below + 1].filter((x) => x >= 0 && x <= c);
  const options = candidates.map((x) => `${x} of ${c} is ${percentText((100 * x) / c)}`).join(', ');
  report(onPercent(b.percent, `${percentText(n)} of ${countOfFigure('compliance.outcomes', c)} is not a whole number of cases (${options})`, [{ message: countOfFigure('compliance.outcomes', c), span: b.outcomes.span }], Math.round((100 * nearest) / c)));
}

/** A compliance block as the 2020 letters print it. */
const block = (percent: string, outcomes: string): string => `Compliance with Ombudsman recommendations

In ${percent}% of cases we were satisfied the authority had successfully implemented our recommendations.

This compares to an average of 99% in similar authorities.

Statistics are based on a total of ${outcomes} compliance outcome${outcomes === '1' ? '' : 's'} for the period between 1 April 2019 to 31 March 2020`;

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: { why: 'Of 3 compliance outcomes, 2 is 66.7% (printed 67%) and 1 is 33.3%; 66% is neither.', text: block('66', '3') },
  passes: block('67', '3'),
  more: [
    {
      fails: { why: 'With no compliance outcomes there was no case to comply in: 100% of none is impossible (a letter with nothing due says so instead, and passes).', text: block('100', '0') },
      passes: block('0', '0'),
    },
    {
      fails: {
        why: 'The block says 67%; the summary after it quotes 100%.',
        text: `${block('67', '3')}

Overall, in 100% of cases we were satisfied the authority had successfully implemented our recommendations.`,
      },
      passes: `${block('67', '3')}

Overall, in 67% of cases we were satisfied the authority had successfully implemented our recommendations.`,
    },
  ],
};
