import type { Rule, RuleExamples } from './types';
import { countOf, isNumber, percentText, roundsTo } from './format';

export const upheldInconsistent: Rule = {
  meta: {
    code: 'upheld-inconsistent',
    title: 'Upheld percentage does not match its counts',
    defaultSeverity: 'error',
    description:
      'The upheld percentage N must equal 100 × K ÷ T, where K is the upheld decisions and T the detailed investigations, allowing only the ±0.5 of rounding to a whole number. Not checked when T is 0, when K exceeds T (see count-exceeds-total) or when N lies outside 0–100 (see percentage-out-of-range).',
  },
  check({ letter, report }) {
    const b = letter.statistics.upheld;
    if (!b || !isNumber(b.percent) || !isNumber(b.decisions) || !isNumber(b.investigations)) return;
    const n = b.percent.value;
    const k = b.decisions.value;
    const t = b.investigations.value;
    // A percentage outside 0–100 is percentage-out-of-range's finding, not a second one here.
    if (t <= 0 || k > t || n < 0 || n > 100 || roundsTo(n, k, t)) return;
    const expected = (100 * k) / t;
    report({
      message: `${percentText(n)} upheld, but ${k} of ${countOf(t, 'investigation')} is ${percentText(expected)}`,
      span: b.percent.span,
      related: [
        { message: `${countOf(k, 'upheld decision')}`, span: b.decisions.span },
        { message: `${countOf(t, 'detailed investigation')}`, span: b.investigations.span },
      ],
      fix: { title: `Change ${percentText(n)} to ${Math.round(expected)}%`, span: b.percent.span, newText: String(Math.round(expected)) },
    });
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: '1 upheld decision of 3 detailed investigations is 33.3%, which no rounding makes 67%.',
    text: `Complaints upheld

67% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

1
upheld decision

Statistics are based on a total of 3 detailed investigations for the period between 1 April 2019 to 31 March 2020`,
  },
  passes: `Complaints upheld

33% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

1
upheld decision

Statistics are based on a total of 3 detailed investigations for the period between 1 April 2019 to 31 March 2020`,
};
