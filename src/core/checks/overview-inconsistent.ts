import type { Figure } from '../model';
import type { Rule, RuleExamples } from './types';
import { countOf, isNumber } from './format';

export const overviewInconsistent: Rule = {
  meta: {
    code: 'overview-inconsistent',
    title: 'The overview\'s parts do not add up',
    defaultSeverity: 'error',
    description:
      'In the 2024-25 overview, the complaints dealt with (D) must equal those not for us or not ready for us to investigate (N), plus those assessed and closed (A), plus those investigated (I): D = N + A + I. The complaints investigated must also be the number the complaints-upheld block starts from ("We investigated 15 complaints and upheld 11"). Not checked when a part is not stated.',
  },
  check({ letter, report }) {
    const o = letter.statistics.overview;
    if (!o) return;
    const { complaints, notForUs, assessed, investigated } = o;
    if (isNumber(complaints) && isNumber(notForUs) && isNumber(assessed) && isNumber(investigated)) {
      const sum = notForUs.value + assessed.value + investigated.value;
      if (sum !== complaints.value) {
        report({
          message: `The overview deals with ${countOf(complaints.value, 'complaint')}, but its parts add up to ${sum} (${notForUs.value} not for us or not ready + ${assessed.value} assessed and closed + ${investigated.value} investigated)`,
          span: complaints.span,
          related: [
            { message: `${notForUs.value} not for us or not ready for us to investigate`, span: notForUs.span },
            { message: `${assessed.value} assessed and closed`, span: assessed.span },
            { message: `${investigated.value} investigated`, span: investigated.span },
          ],
          fix: { title: `Change ${complaints.value} to ${sum}`, span: complaints.span, newText: String(sum) },
        });
      }
    }
    const upheldBase: Figure | null | undefined = letter.statistics.upheld?.investigations;
    if (isNumber(investigated) && isNumber(upheldBase) && upheldBase.span.start !== investigated.span.start && upheldBase.value !== investigated.value) {
      report({
        message: `The overview says ${countOf(investigated.value, 'complaint')} investigated, but the complaints-upheld figures count ${upheldBase.value}`,
        span: investigated.span,
        related: [{ message: `${upheldBase.value} investigated in the complaints-upheld figures`, span: upheldBase.span }],
      });
    }
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: '18 not for us + 26 assessed and closed + 15 investigated is 59, not the 60 complaints dealt with.',
    text: `Annual Review letter 2024-25

Annual statistics

Between 1 April 2024 to 31 March 2025, we dealt with 60 complaints. Of these, 18 were not for us or not ready for us to investigate. We assessed and closed 26 complaints. We investigated 15 complaints.`,
  },
  passes: `Annual Review letter 2024-25

Annual statistics

Between 1 April 2024 to 31 March 2025, we dealt with 59 complaints. Of these, 18 were not for us or not ready for us to investigate. We assessed and closed 26 complaints. We investigated 15 complaints.`,
};
