import type { Figure } from '../model';
import type { Rule } from './types';
import { isNumber, percentText } from './format';

export const percentageRange: Rule = {
  meta: {
    code: 'percentage-out-of-range',
    title: 'Percentage outside 0–100',
    defaultSeverity: 'error',
    description: 'Every percentage and similar-authorities average must lie between 0% and 100%. An average printed "n/a" is not a number and is not checked.',
  },
  check({ letter, report }) {
    const { upheld, compliance, remedy } = letter.statistics;
    // Labels are spelled out only for a figure out of range: nearly every letter has none.
    const check = (label: string, what: string, figure: Figure | null | undefined): void => {
      if (isNumber(figure) && (figure.value < 0 || figure.value > 100)) {
        report({ message: `The ${label} ${what} is ${percentText(figure.value)}, outside 0–100%`, span: figure.span });
      }
    };
    for (const [label, block] of [['upheld', upheld], ['compliance', compliance], ['satisfactory remedy', remedy]] as const) {
      if (!block) continue;
      check(label, 'percentage', block.percent);
      check(label, 'average', block.average);
      for (const caption of block.captions) check(label, 'caption', caption.percent);
    }
  },
};
