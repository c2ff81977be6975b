import type { Rule, RuleExamples } from './types';
import { countOf, isNumber } from './format';
import { RESTATED, reportRestatements } from './restated';

export const overviewInconsistent: Rule = {
  meta: {
    code: 'overview-inconsistent',
    title: 'The overview\'s parts do not add up',
    defaultSeverity: 'error',
    description:
      `In the 2024-25 overview, the complaints dealt with (D) must equal those not for us or not ready for us to investigate (N), plus those assessed and closed (A), plus those investigated (I): D = N + A + I. The complaints investigated must also be the number the complaints-upheld block starts from ("We investigated 15 complaints and upheld 11"). Not checked when a part is not stated. ${RESTATED}`,
  },
  check({ letter, report }) {
    const o = letter.statistics.overview;
    if (!o) return;
    // "We investigated 16 complaints and upheld 11" restates the overview's count too: the
    // complaints-upheld comparison below reports that one.
    const upheldBase = letter.statistics.upheld?.investigations;
    reportRestatements(letter, 'overview', report, (r) => r.figure.span.start !== upheldBase?.span.start);
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
    if (isNumber(investigated) && isNumber(upheldBase) && upheldBase.span.start !== investigated.span.start && upheldBase.value !== investigated.value) {
      report({
        message: `The overview says ${countOf(investigated.value, 'complaint')} investigated, but the complaints-upheld figures count ${upheldBase.value}`,
        span: investigated.span,
        related: [{ message: `${upheldBase.value} investigated in the complaints-upheld figures`, span: upheldBase.span }],
      });
    }
  },
};

/** A 2024-25 overview; `more` is what follows it. */
const overview = (dealt: string, more = ''): string => `Annual Review letter 2024-25

Annual statistics

Between 1 April 2024 to 31 March 2025, we dealt with ${dealt} complaints. Of these, 18 were not for us or not ready for us to investigate. We assessed and closed 26 complaints. We investigated 15 complaints.${more}`;

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: { why: '18 not for us + 26 assessed and closed + 15 investigated is 59, not the 60 complaints dealt with.', text: overview('60') },
  passes: overview('59'),
  more: [
    {
      fails: {
        why: 'The overview investigated 15 complaints; the complaints-upheld block starts from 16.',
        text: overview('59', '\n\nComplaints upheld\n\nWe investigated 16 complaints and upheld 11.'),
      },
      passes: overview('59', '\n\nComplaints upheld\n\nWe investigated 15 complaints and upheld 11.'),
    },
    {
      fails: {
        why: 'The overview deals with 59 complaints; a summary after it says 62.',
        text: overview('59', '\n\nIn all, we dealt with 62 complaints about the Council this year.'),
      },
      passes: overview('59', '\n\nIn all, we dealt with 59 complaints about the Council this year.'),
    },
  ],
};
