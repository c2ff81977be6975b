import { AREAS, areaDefinition, figureIn, figuresOf } from '../figures';
import type { Rule, RuleExamples } from './types';

/** The figures each key area must carry, from the figure registry. */
const REQUIRED = AREAS.map((area) => ({ area, figures: figuresOf(area).filter((d) => d.required !== null) }));

export const figureMissing: Rule = {
  meta: {
    code: 'figure-missing',
    title: 'A key area lacks one of its figures',
    defaultSeverity: 'warning',
    description:
      'A key area that is stated should carry all its figures: upheld — percentage, average, upheld decisions and detailed investigations; compliance — percentage, average and compliance outcomes (unless no recommendations were due); satisfactory remedy — percentage, average and remedy decisions. Without them its arithmetic cannot be checked.',
  },
  check({ letter, report }) {
    for (const { area, figures } of REQUIRED) {
      const block = letter.statistics[area];
      // "No recommendations were due": a compliance block has nothing to count.
      if (!block || (block.area === 'compliance' && block.noneDue)) continue;
      // The list of names is built only for a block that lacks a figure: most blocks have them all.
      let complete = true;
      for (const d of figures) if (!figureIn(letter, d)) complete = false;
      if (complete) continue;
      const absent = figures.filter((d) => !figureIn(letter, d)).map((d) => d.required);
      report({ message: `${areaDefinition(area).title}: the letter does not state ${absent.join(', ')}`, span: block.heading?.span ?? block.span });
    }
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'The compliance block gives no similar-authorities average.',
    text: `Compliance with Ombudsman recommendations

In 100% of cases we were satisfied the authority had successfully implemented our recommendations.

Statistics are based on a total of 1 compliance outcome for the period between 1 April 2019 to 31 March 2020`,
  },
  passes: `Compliance with Ombudsman recommendations

In 100% of cases we were satisfied the authority had successfully implemented our recommendations.

This compares to an average of 99% in similar authorities.

Statistics are based on a total of 1 compliance outcome for the period between 1 April 2019 to 31 March 2020`,
};
