import type { Rule, RuleExamples } from './types';
import { AREAS, areaDefinition } from '../figures';
import type { Area } from '../model';

const nameOf = (area: Area): string => areaDefinition(area).title.toLowerCase();

export const statisticsIncomplete: Rule = {
  meta: {
    code: 'statistics-incomplete',
    title: 'Some key areas have no figures',
    defaultSeverity: 'warning',
    description: 'The letter states figures for one or two of the three key areas but not all three; the message names the missing ones.',
  },
  check({ letter, report }) {
    const s = letter.statistics;
    const present = AREAS.filter((a) => s[a]);
    if (present.length === 0 || present.length === 3) return;
    const missing = AREAS.filter((a) => !s[a]).map(nameOf);
    const last = s[present[present.length - 1]!]!;
    report({
      message: `No figures for ${missing.join(' or ')}; only ${present.map(nameOf).join(' and ')} ${present.length === 1 ? 'is' : 'are'} stated`,
      span: last.heading?.span ?? last.percent?.span ?? last.span,
      related: present.map((a) => ({ message: `${nameOf(a)} is stated here`, span: s[a]!.heading?.span ?? s[a]!.span })),
    });
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'Complaints upheld and compliance are stated; satisfactory remedies are not.',
    text: `Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

1
upheld decision

Statistics are based on a total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020

Compliance with Ombudsman recommendations

In 100% of cases we were satisfied the authority had successfully implemented our recommendations.

This compares to an average of 99% in similar authorities.

Statistics are based on a total of 1 compliance outcome for the period between 1 April 2019 to 31 March 2020`,
  },
  passes: `Complaints upheld

100% of complaints we investigated were upheld.

This compares to an average of 45% in similar authorities.

1
upheld decision

Statistics are based on a total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020

Compliance with Ombudsman recommendations

In 100% of cases we were satisfied the authority had successfully implemented our recommendations.

This compares to an average of 99% in similar authorities.

Statistics are based on a total of 1 compliance outcome for the period between 1 April 2019 to 31 March 2020

Satisfactory remedies provided by the authority

In 0% of upheld cases we found the authority had provided a satisfactory remedy before the complaint reached the Ombudsman.

This compares to an average of 20% in similar authorities.

0
satisfactory remedy decisions`,
};
