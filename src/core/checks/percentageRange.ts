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
    const named: [string, Figure | null | undefined][] = [];
    for (const [label, block] of [['upheld', upheld], ['compliance', compliance], ['satisfactory remedy', remedy]] as const) {
      if (!block) continue;
      named.push([`The ${label} percentage`, block.percent], [`The ${label} average`, block.average]);
      for (const caption of block.captions) named.push([`The ${label} caption`, caption.percent]);
    }
    for (const [label, figure] of named) {
      if (isNumber(figure) && (figure.value < 0 || figure.value > 100)) {
        report({ message: `${label} is ${percentText(figure.value)}, outside 0–100%`, span: figure.span });
      }
    }
  },
};
