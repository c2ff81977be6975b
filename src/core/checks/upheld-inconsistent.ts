import type { Letter, Span, UpheldBlock } from '../model';
import type { Report, Rule, RuleExamples } from './types';
import { countOf, countOfFigure, isNumber, onPercent, percentText, roundsTo, unitOf } from './format';
import { RESTATED, reportRestatements } from './restated';

export const upheldInconsistent: Rule = {
  meta: {
    code: 'upheld-inconsistent',
    title: 'Upheld percentage does not match its counts',
    defaultSeverity: 'error',
    description:
      `The upheld percentage N must equal 100 × K ÷ T, where K is the upheld decisions and T the detailed investigations, allowing only the ±0.5 of rounding to a whole number. With no detailed investigations (T = 0) only 0% is possible. Not checked when K exceeds T (see count-exceeds-total) or when N lies outside 0–100 (see percentage-out-of-range). ${RESTATED}`,
  },
  check({ letter, report }) {
    checkCounts(letter, report);
    reportRestatements(letter, 'upheld', report);
  },
};

function checkCounts(letter: Letter, report: Report): void {
  const b = letter.statistics.upheld;
  if (!b || !isNumber(b.percent) || !isNumber(b.investigations)) return;
  const n = b.percent.value;
  const t = b.investigations.value;
  const k = isNumber(b.decisions) ? b.decisions.value : null;
  // A percentage outside 0–100 is percentage-out-of-range's finding, and K > T count-exceeds-total's.
  if (n < 0 || n > 100 || (k !== null && k > t)) return;
  if (t === 0) {
    // Nothing investigated, nothing upheld: 0% is the only share of no cases.
    if (n > 0.5) report(onPercent(b.percent, `${percentText(n)} upheld, but there were no ${unitOf('upheld.investigations', 0)}`, counts(b), 0));
    return;
  }
  if (k === null || roundsTo(n, k, t)) return;
  const expected = (100 * k) / t;
  report(onPercent(b.percent, `${percentText(n)} upheld, but ${k} of ${countOf(t, 'investigation')} is ${percentText(expected)}`, counts(b), Math.round(expected)));
}

/** The counts a finding on the upheld percentage relates to, as the letter states them. */
function counts(b: UpheldBlock): { message: string; span: Span }[] {
  const out = isNumber(b.decisions) ? [{ message: countOfFigure('upheld.decisions', b.decisions.value), span: b.decisions.span }] : [];
  if (isNumber(b.investigations)) out.push({ message: countOfFigure('upheld.investigations', b.investigations.value), span: b.investigations.span });
  return out;
}

const PERIOD = 'for the period between 1 April 2019 to 31 March 2020';

/** An upheld block as the 2020 letters print it. */
const block = (percent: string, decisions: string, investigations: string): string => `Complaints upheld

${percent}% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

${decisions}
upheld decision${decisions === '1' ? '' : 's'}

Statistics are based on a total of ${investigations} detailed investigation${investigations === '1' ? '' : 's'} ${PERIOD}`;

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: { why: '1 upheld decision of 3 detailed investigations is 33.3%, which no rounding makes 67%.', text: block('67', '1', '3') },
  passes: block('33', '1', '3'),
  more: [
    {
      fails: { why: 'No complaint was investigated, so none can have been upheld: 50% of nothing is not a share any count gives.', text: block('50', '0', '0') },
      passes: block('0', '0', '0'),
    },
    {
      fails: {
        why: 'The block says 60% (3 of 5), and the paragraph after it quotes 75%: the later statement is reported, with the block\'s as related information.',
        text: `${block('60', '3', '5')}

In short, 75% of complaints we investigated were upheld.`,
      },
      passes: `${block('60', '3', '5')}

In short, 60% of complaints we investigated were upheld.`,
    },
  ],
};
