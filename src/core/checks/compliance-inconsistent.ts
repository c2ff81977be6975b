import type { Rule, RuleExamples } from './types';
import { countOf, isNumber, percentText, roundsTo } from './format';

export const complianceInconsistent: Rule = {
  meta: {
    code: 'compliance-inconsistent',
    title: 'Compliance percentage is not a whole number of outcomes',
    defaultSeverity: 'error',
    description:
      'With C compliance outcomes, the compliance percentage N must be 100 × x ÷ C for some whole number of cases x from 0 to C, allowing ±0.5 of rounding. Not checked when C is 0 or no recommendations were due.',
  },
  check({ letter, report }) {
    const b = letter.statistics.compliance;
    if (!b || !isNumber(b.percent) || !isNumber(b.outcomes)) return;
    const n = b.percent.value;
    const c = b.outcomes.value;
    if (c <= 0 || !Number.isInteger(c) || n < 0 || n > 100) return;
    const nearest = Math.min(c, Math.max(0, Math.round((n * c) / 100)));
    if (roundsTo(n, nearest, c)) return;
    // The attainable percentages either side of the printed one.
    const below = Math.floor((n * c) / 100);
    const candidates = [below, below + 1].filter((x) => x >= 0 && x <= c);
    const options = candidates.map((x) => `${x} of ${c} is ${percentText((100 * x) / c)}`).join(', ');
    report({
      message: `${percentText(n)} of ${countOf(c, 'compliance outcome')} is not a whole number of cases (${options})`,
      span: b.percent.span,
      related: [{ message: countOf(c, 'compliance outcome'), span: b.outcomes.span }],
      fix: { title: `Change ${percentText(n)} to ${Math.round((100 * nearest) / c)}%`, span: b.percent.span, newText: String(Math.round((100 * nearest) / c)) },
    });
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'Of 3 compliance outcomes, 2 is 66.7% (printed 67%) and 1 is 33.3%; 66% is neither.',
    text: `Compliance with Ombudsman recommendations

In 66% of cases we were satisfied the authority had successfully implemented our recommendations.

This compares to an average of 99% in similar authorities.

Statistics are based on a total of 3 compliance outcomes for the period between 1 April 2019 to 31 March 2020`,
  },
  passes: `Compliance with Ombudsman recommendations

In 67% of cases we were satisfied the authority had successfully implemented our recommendations.

This compares to an average of 99% in similar authorities.

Statistics are based on a total of 3 compliance outcomes for the period between 1 April 2019 to 31 March 2020`,
};
