import { baseOf, FIGURES, figureDefinition, figureIn } from '../figures';
import type { Rule, RuleExamples } from './types';
import { countOf, isNumber } from './format';

/** Percentages whose part and base are both counts the letter states: the part cannot exceed the base. */
const SHARES = FIGURES.filter((d) => d.kind === 'percent' && d.part !== null);

export const countExceedsTotal: Rule = {
  meta: {
    code: 'count-exceeds-total',
    title: 'A count is larger than its total',
    defaultSeverity: 'error',
    description: 'Upheld decisions cannot exceed the detailed investigations (K ≤ T), and satisfactory remedy decisions cannot exceed the upheld decisions (R ≤ K).',
  },
  check({ letter, report }) {
    for (const share of SHARES) {
      const part = figureIn(letter, share.part!);
      const base = baseOf(letter, share);
      if (!isNumber(part) || !base || part.value <= base.value) continue;
      // Every base of a share counts the same thing (the upheld decisions, for remedies), in its first's unit.
      const partUnit = figureDefinition(share.part!).unit ?? '';
      const baseUnit = figureDefinition(share.base[0]!).unit ?? '';
      report({
        message: `${countOf(part.value, partUnit)} out of only ${countOf(base.value, baseUnit)}`,
        span: part.span,
        related: [{ message: countOf(base.value, baseUnit), span: base.span }],
      });
    }
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: '3 upheld decisions cannot come from 2 detailed investigations.',
    text: `Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

3
upheld decisions

Statistics are based on a total of 2 detailed investigations for the period between 1 April 2019 to 31 March 2020`,
  },
  passes: `Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

2
upheld decisions

Statistics are based on a total of 2 detailed investigations for the period between 1 April 2019 to 31 March 2020`,
};
