import type { Rule, RuleExamples } from './types';
import { AREAS, areaDefinition } from '../figures';
import { isNumber, percentText } from './format';

export const captionMismatch: Rule = {
  meta: {
    code: 'caption-mismatch',
    title: 'A caption disagrees with its sentence',
    defaultSeverity: 'error',
    description:
      'A caption repeating a block\'s percentage ("80% Complaints upheld by Poole Borough Council", "100% of cases were successfully implemented by …", "8% Complaints with satisfactory remedy provided by …") must print the same percentage as the block\'s sentence ("80% of complaints we investigated were upheld."). A caption is read once and never counted as a second figure.',
  },
  check({ letter, report }) {
    for (const area of AREAS) {
      const block = letter.statistics[area];
      if (!block || !isNumber(block.percent)) continue;
      const sentence = block.percent;
      for (const caption of block.captions) {
        const c = caption.percent;
        if (!isNumber(c) || c.span.start === sentence.span.start || c.value === sentence.value) continue;
        report({
          message: `The ${areaDefinition(area).title.toLowerCase()} caption reads ${percentText(c.value)}, but its sentence reads ${percentText(sentence.value)}`,
          span: c.span,
          related: [{ message: `The sentence: ${percentText(sentence.value)}`, span: sentence.span }],
          fix: { title: `Change the caption to ${sentence.text}%`, span: c.span, newText: sentence.text },
        });
      }
    }
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'The caption says 80%, the sentence 75% (48 of 64).',
    text: `Complaints upheld

80% Complaints upheld by Kent County Council

75% of complaints we investigated were upheld.

This compares to an average of 73% in similar authorities.

48
upheld decisions

Statistics are based on a total of 64 detailed investigations for the period between 1 April 2022 to 31 March 2023`,
  },
  passes: `Complaints upheld

75% Complaints upheld by Kent County Council

75% of complaints we investigated were upheld.

This compares to an average of 73% in similar authorities.

48
upheld decisions

Statistics are based on a total of 64 detailed investigations for the period between 1 April 2022 to 31 March 2023`,
};
