import type { Rule } from './types';
import { countOf, isNumber } from './format';

export const countExceedsTotal: Rule = {
  meta: {
    code: 'count-exceeds-total',
    title: 'A count is larger than its total',
    defaultSeverity: 'error',
    description: 'Upheld decisions cannot exceed the detailed investigations (K ≤ T), and satisfactory remedy decisions cannot exceed the upheld decisions (R ≤ K).',
  },
  check({ letter, report }) {
    const up = letter.statistics.upheld;
    if (up && isNumber(up.decisions) && isNumber(up.investigations) && up.decisions.value > up.investigations.value) {
      report({
        message: `${countOf(up.decisions.value, 'upheld decision')} out of only ${countOf(up.investigations.value, 'detailed investigation')}`,
        span: up.decisions.span,
        related: [{ message: countOf(up.investigations.value, 'detailed investigation'), span: up.investigations.span }],
      });
    }
    const rem = letter.statistics.remedy;
    const base = isNumber(up?.decisions) ? up!.decisions : isNumber(rem?.base) ? rem!.base : null;
    if (rem && isNumber(rem.decisions) && isNumber(base) && rem.decisions.value > base.value) {
      report({
        message: `${countOf(rem.decisions.value, 'satisfactory remedy decision')} out of only ${countOf(base.value, 'upheld decision')}`,
        span: rem.decisions.span,
        related: [{ message: countOf(base.value, 'upheld decision'), span: base.span }],
      });
    }
  },
};
