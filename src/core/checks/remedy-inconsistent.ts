import { baseOf, figureDefinition } from '../figures';
import type { Figure, Letter, RemedyBlock, Span } from '../model';
import type { Report, Rule, RuleExamples } from './types';
import { countOfFigure, isNumber, onPercent, percentText, roundsTo, unitOf } from './format';
import { RESTATED, reportRestatements } from './restated';
import { restatesBase } from './base-mismatch';

const REMEDY = figureDefinition('remedy.percent');
/** What every base of the remedy percentage counts, whatever the text calls it. */
const UPHELD = REMEDY.baseDefinitions[0]!;

export const remedyInconsistent: Rule = {
  meta: {
    code: 'remedy-inconsistent',
    title: 'Satisfactory-remedy percentage does not match its counts',
    defaultSeverity: 'error',
    description:
      `The satisfactory-remedy percentage N must equal 100 × R ÷ K, where R is the satisfactory remedy decisions and K the upheld decisions (the base is always the upheld decisions, whatever the text calls it; the remedy block's own total is used only when the upheld count is not stated), allowing ±0.5 of rounding. With no upheld decisions (K = 0) only 0% is possible. Not checked when R exceeds K or when N lies outside 0–100 (see percentage-out-of-range). ${RESTATED} (The remedy block's own total, stated twice, is base-mismatch's.)`,
  },
  check({ letter, report }) {
    checkCounts(letter, report);
    reportRestatements(letter, 'remedy', report, (r) => !restatesBase('remedy', r));
  },
};

function checkCounts(letter: Letter, report: Report): void {
  const b = letter.statistics.remedy;
  const base = baseOf(letter, REMEDY);
  if (!b || !isNumber(b.percent) || !base) return;
  const n = b.percent.value;
  const k = base.value;
  const r = isNumber(b.decisions) ? b.decisions.value : null;
  // A percentage outside 0–100 is percentage-out-of-range's finding, and R > K count-exceeds-total's.
  if (n < 0 || n > 100 || (r !== null && r > k)) return;
  if (k === 0) {
    // Nothing upheld, nothing to remedy: 0% is the only share of no cases.
    if (n > 0.5) report(onPercent(b.percent, `${percentText(n)} of upheld cases remedied, but there were no ${unitOf(UPHELD, 0)}`, counts(b, base), 0));
    return;
  }
  if (r === null || roundsTo(n, r, k)) return;
  const expected = (100 * r) / k;
  report(onPercent(b.percent, `${percentText(n)} of upheld cases remedied, but ${r} of ${countOfFigure(UPHELD, k)} is ${percentText(expected)}`, counts(b, base), Math.round(expected)));
}

/** The counts a finding on the remedy percentage relates to: the remedy decisions, if stated, and the base. */
function counts(b: RemedyBlock, base: Figure & { value: number }): { message: string; span: Span }[] {
  const out = isNumber(b.decisions) ? [{ message: countOfFigure(REMEDY.part!, b.decisions.value), span: b.decisions.span }] : [];
  out.push({ message: `${countOfFigure(UPHELD, base.value)} (the base)`, span: base.span });
  return out;
}

const PERIOD = 'for the period between 1 April 2019 to 31 March 2020';
const s = (n: string): string => (n === '1' ? '' : 's');

/** The upheld and satisfactory-remedy blocks as the 2020 letters print them (the remedy block's own total left out). */
const blocks = (upheldPercent: string, upheld: string, investigations: string, remedyPercent: string, remedies: string): string => `Complaints upheld

${upheldPercent}% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

${upheld}
upheld decision${s(upheld)}

Statistics are based on a total of ${investigations} detailed investigation${s(investigations)} ${PERIOD}

Satisfactory remedies provided by the authority

In ${remedyPercent}% of upheld cases we found the authority had provided a satisfactory remedy before the complaint reached the Ombudsman.

This compares to an average of 20% in similar authorities.

${remedies}
satisfactory remedy decision${s(remedies)}`;

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: '1 satisfactory remedy decision of 3 upheld decisions is 33.3%, not 50%. The base is the 3 upheld decisions, not the 8 investigations.',
    text: blocks('38', '3', '8', '50', '1'),
  },
  passes: blocks('38', '3', '8', '33', '1'),
  more: [
    {
      fails: { why: 'None of the 4 complaints investigated was upheld, so there was no upheld case to remedy: 25% of none is impossible.', text: blocks('0', '0', '4', '25', '0') },
      passes: blocks('0', '0', '4', '0', '0'),
    },
    {
      fails: {
        why: 'The block says 33% (1 of 3 upheld decisions); the summary after it quotes 50%.',
        text: `${blocks('38', '3', '8', '33', '1')}

In summary: in 50% of upheld cases we found the authority had provided a satisfactory remedy before the complaint reached the Ombudsman.`,
      },
      passes: `${blocks('38', '3', '8', '33', '1')}

In summary: in 33% of upheld cases we found the authority had provided a satisfactory remedy before the complaint reached the Ombudsman.`,
    },
  ],
};
