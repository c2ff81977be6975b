import type { Figure } from '../model';
import { AREAS, areaDefinition, figureIn, figuresOf } from '../figures';
import type { Rule, RuleExamples } from './types';
import { isNumber, percentText } from './format';

/** The percentages and averages of each key area, from the figure registry. */
const SHARES = AREAS.map((area) => ({ area, figures: figuresOf(area).filter((d) => d.kind === 'percent' || d.kind === 'average') }));

export const percentageOutOfRange: Rule = {
  meta: {
    code: 'percentage-out-of-range',
    title: 'Percentage outside 0–100',
    defaultSeverity: 'error',
    description: 'Every percentage and similar-authorities average must lie between 0% and 100%. An average printed "n/a" is not a number and is not checked.',
  },
  check({ letter, report }) {
    // Labels are spelled out only for a figure out of range: nearly every letter has none.
    const check = (area: (typeof AREAS)[number], what: string, figure: Figure | null | undefined): void => {
      if (isNumber(figure) && (figure.value < 0 || figure.value > 100)) {
        report({ message: `The ${areaDefinition(area).adjective} ${what} is ${percentText(figure.value)}, outside 0–100%`, span: figure.span });
      }
    };
    for (const { area, figures } of SHARES) {
      const block = letter.statistics[area];
      if (!block) continue;
      for (const def of figures) check(area, def.kind === 'percent' ? 'percentage' : 'average', figureIn(letter, def));
      for (const caption of block.captions) check(area, 'caption', caption.percent);
    }
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'An average of 145% is impossible. (An average printed "n/a" is not a number and passes.)',
    text: `Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of 145% in similar authorities.

1
upheld decision

Statistics are based on a total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020`,
  },
  passes: `Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of n/a in similar authorities.

1
upheld decision

Statistics are based on a total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020`,
};
