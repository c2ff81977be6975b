import { baseOf, figureDefinition } from '../figures';
import type { Rule, RuleExamples } from './types';

const REMEDY = figureDefinition('remedy.percent');
import { countOf, isNumber, percentText, roundsTo } from './format';

export const remedyInconsistent: Rule = {
  meta: {
    code: 'remedy-inconsistent',
    title: 'Satisfactory-remedy percentage does not match its counts',
    defaultSeverity: 'error',
    description:
      'The satisfactory-remedy percentage N must equal 100 × R ÷ K, where R is the satisfactory remedy decisions and K the upheld decisions (the base is always the upheld decisions, whatever the text calls it; the remedy block\'s own total is used only when the upheld count is not stated), allowing ±0.5 of rounding. Not checked when K is 0, when R exceeds K or when N lies outside 0–100 (see percentage-out-of-range).',
  },
  check({ letter, report }) {
    const b = letter.statistics.remedy;
    if (!b || !isNumber(b.percent) || !isNumber(b.decisions)) return;
    const base = baseOf(letter, REMEDY);
    if (!base) return;
    const n = b.percent.value;
    const r = b.decisions.value;
    const k = base.value;
    // A percentage outside 0–100 is percentage-out-of-range's finding, not a second one here.
    if (k <= 0 || r > k || n < 0 || n > 100 || roundsTo(n, r, k)) return;
    const expected = (100 * r) / k;
    report({
      message: `${percentText(n)} of upheld cases remedied, but ${r} of ${countOf(k, 'upheld decision')} is ${percentText(expected)}`,
      span: b.percent.span,
      related: [
        { message: `${countOf(r, 'satisfactory remedy decision')}`, span: b.decisions.span },
        { message: `${countOf(k, 'upheld decision')} (the base)`, span: base.span },
      ],
      fix: { title: `Change ${percentText(n)} to ${Math.round(expected)}%`, span: b.percent.span, newText: String(Math.round(expected)) },
    });
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: '1 satisfactory remedy decision of 3 upheld decisions is 33.3%, not 50%. The base is the 3 upheld decisions, not the 8 investigations.',
    text: `Complaints upheld

38% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

3
upheld decisions

Statistics are based on a total of 8 detailed investigations for the period between 1 April 2019 to 31 March 2020

Satisfactory remedies provided by the authority

In 50% of upheld cases we found the authority had provided a satisfactory remedy before the complaint reached the Ombudsman.

This compares to an average of 20% in similar authorities.

1
satisfactory remedy decision`,
  },
  passes: `Complaints upheld

38% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

3
upheld decisions

Statistics are based on a total of 8 detailed investigations for the period between 1 April 2019 to 31 March 2020

Satisfactory remedies provided by the authority

In 33% of upheld cases we found the authority had provided a satisfactory remedy before the complaint reached the Ombudsman.

This compares to an average of 20% in similar authorities.

1
satisfactory remedy decision`,
};
