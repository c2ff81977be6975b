import { AREAS, figureIn, figuresOf } from '../figures';
import type { Rule, RuleExamples } from './types';

/** The counts of the three key areas, from the figure registry (their nouns are read with them). */
const COUNTS = AREAS.flatMap((area) => figuresOf(area).filter((d) => d.kind === 'count'));

export const pluralMismatch: Rule = {
  meta: {
    code: 'plural-mismatch',
    title: 'Count and noun disagree in number',
    defaultSeverity: 'hint',
    description: 'A count of one takes the singular ("1 upheld decision"); any other count the plural ("0 satisfactory remedy decisions", "2 upheld decisions").',
  },
  check({ letter, report }) {
    for (const def of COUNTS) {
      const f = figureIn(letter, def);
      if (!f || !f.noun || f.value === null) continue;
      const wantPlural = f.value !== 1;
      if (wantPlural === f.noun.plural) continue;
      const noun = f.noun;
      const fixed = wantPlural ? `${noun.text}s` : noun.text.slice(0, -1);
      report({
        message: `"${f.text} ${noun.text}" should read "${f.text} ${fixed}"`,
        span: noun.span,
        related: [{ message: `the count, ${f.text}`, span: f.span }],
        // Touch only the final "s" so a noun split over lines keeps its line break.
        fix: wantPlural
          ? { title: `Change to "${fixed}"`, span: { start: noun.span.end, end: noun.span.end }, newText: 's' }
          : { title: `Change to "${fixed}"`, span: { start: noun.span.end - 1, end: noun.span.end }, newText: '' },
      });
    }
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'One decision, written as plural.',
    text: `Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

1
upheld decisions

Statistics are based on a total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020`,
  },
  passes: `Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

1
upheld decision

Statistics are based on a total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020`,
};
