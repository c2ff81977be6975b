import { areaDefinition, FIGURES, figureIn, type FigureDefinition, type FigureArea } from '../figures';
import type { Area, Restatement } from '../model';
import type { Rule, RuleExamples } from './types';
import { countOfFigure, figureLabel, isNumber } from './format';
import { comparableIn, reportRestatements } from './restated';

/**
 * Percentages whose base a letter may state twice (the satisfactory-remedy percentage: the upheld
 * decisions, and the remedy block's own total). The figure registry lists the count first.
 */
const SHARES = FIGURES.filter((d): d is FigureDefinition & { area: Area } => d.area !== 'overview' && d.kind === 'percent' && d.base.length > 1);

/** The figures that restate a share's base ("based on a total of 12 upheld decisions" in the remedy block). */
const RESTATING = SHARES.flatMap((share) => share.baseDefinitions.slice(1));

/** Whether a restatement is of a figure that restates a base: this rule reports those, not the area's own. */
export function restatesBase(area: FigureArea, r: Restatement): boolean {
  return RESTATING.some((d) => d.area === area && d.key === r.field);
}

export const baseMismatch: Rule = {
  meta: {
    code: 'base-mismatch',
    title: 'The remedy figures count another number of upheld decisions',
    defaultSeverity: 'error',
    description:
      'The satisfactory-remedy block states the total its percentage is based on ("Statistics are based on a total of 12 upheld decisions"; the 2020 and 2022-23 pages label the same number "detailed investigations"). That total is the upheld decisions, so it must be the number of upheld decisions the complaints-upheld figures state ("12 upheld decisions", "We investigated 15 complaints and upheld 12"). It is never compared with the detailed investigations, which differ from it by design. The remedy block\'s total stated twice with different values is reported at its second statement. Not checked when either is not stated, when a council other than the letter\'s is named between them, or when the letter quotes more than one period.',
  },
  check({ letter, report }) {
    for (const share of SHARES) {
      const countedDef = share.baseDefinitions[0]!;
      const counted = figureIn(letter, countedDef);
      for (const def of share.baseDefinitions.slice(1)) {
        const own = figureIn(letter, def);
        if (isNumber(own) && isNumber(counted) && own.value !== counted.value && own.span.start !== counted.span.start && comparableIn(letter)(own.span, counted.span)) {
          const count = countOfFigure(countedDef, counted.value);
          report({
            message: `The ${areaDefinition(share.area).adjective} percentage is based on ${figureLabel(own)}, but the letter counts ${count}`,
            span: own.span,
            related: [{ message: count, span: counted.span }],
            fix: { title: `Change ${own.text} to ${counted.text}, the ${countedDef.label.toLowerCase()}`, span: own.span, newText: counted.text },
          });
        }
        reportRestatements(letter, def.area, report, (r) => r.field === def.key);
      }
    }
  },
};

/** A statistics page's upheld and satisfactory-remedy blocks; `label` is what the remedy block calls its total. */
const page = (upheld: string, investigations: string, remedyBase: string, label: string, period: string): string => `Complaints upheld
79% of complaints we investigated were upheld.
This compares to an average of 72% in similar authorities.
${upheld} upheld decisions
Statistics are based on a total of ${investigations} detailed investigations for the period between ${period}

Satisfactory remedies provided by the Council
In 15% of upheld cases we found the Council had provided a satisfactory remedy before the complaint reached the Ombudsman.
This compares to an average of 12% in similar authorities.
6 satisfactory remedy decisions
Statistics are based on a total of ${remedyBase} ${label} for the period between ${period}`;

/** The 2024-25 form: the upheld decisions stated in "We investigated 15 complaints and upheld 11". */
const form2025 = (remedyBase: string): string => `Complaints upheld

We investigated 15 complaints and upheld 11.

73% of complaints we investigated were upheld.

Satisfactory remedies provided by the Council

In 18% of upheld cases we found the Council had provided a satisfactory remedy before the complaint reached the Ombudsman.

2 satisfactory remedy decisions

Statistics are based on a total of ${remedyBase} upheld decisions for the period between 1 April 2024 to 31 March 2025`;

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'The complaints-upheld block counts 41 upheld decisions; the remedy block says it is based on 40 (labelled "detailed investigations", as on 2022-23 pages).',
    text: page('41', '52', '40', 'detailed investigations', '1 April 2022 to 31 March 2023'),
  },
  passes: page('41', '52', '41', 'detailed investigations', '1 April 2022 to 31 March 2023'),
  more: [
    {
      fails: {
        why: 'In the 2024-25 form the upheld decisions are stated in "We investigated 15 complaints and upheld 11"; the remedy block counts 12.',
        text: form2025('12'),
      },
      passes: form2025('11'),
    },
  ],
};
