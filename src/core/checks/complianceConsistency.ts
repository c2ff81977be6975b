import type { Rule } from './types';
import { countOf, isNumber, percentText, roundsTo } from './format';

export const complianceConsistency: Rule = {
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
