import { baseOf, figureDefinition } from '../figures';
import type { Rule } from './types';

const REMEDY = figureDefinition('remedy.percent');
import { countOf, isNumber, percentText, roundsTo } from './format';

export const remedyConsistency: Rule = {
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
