import type { Rule, RuleExamples } from './types';
import { statisticsAnchor } from './areas';

export const statisticsMissing: Rule = {
  meta: {
    code: 'statistics-missing',
    title: 'No statistics figures',
    defaultSeverity: 'warning',
    description:
      'The letter states none of the three key areas\' figures (complaints upheld, compliance with recommendations, satisfactory remedies). A letter whose statistics page footer is present with nothing under it is reported too, and so is a 2024-25 page that states only the complaint overview (complaints dealt with, assessed and closed, investigated): the overview is context, not a key area.',
  },
  check({ letter, report }) {
    const { upheld, compliance, remedy, overview, tables } = letter.statistics;
    // Letters before 2019-20 state their figures in tables. The 2024-25 overview is no key area.
    if (upheld || compliance || remedy || (tables?.length ?? 0) > 0) return;
    const related = letter.footers.map((f) => ({ message: 'A statistics page footer, with no figures under it', span: f.span }));
    if (overview) related.unshift({ message: 'The complaint overview: context, not one of the three key areas', span: overview.span });
    report({
      message: overview
        ? 'No statistics figures: the complaint overview is stated, but none of the three key areas (complaints upheld, compliance with recommendations, satisfactory remedies)'
        : 'No statistics figures: the letter states none of the three key areas (complaints upheld, compliance with recommendations, satisfactory remedies)',
      span: statisticsAnchor(letter),
      related,
    });
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'The letter speaks of its complaint statistics, and its statistics page footer is there, but no figure follows (as in the real letter 003).',
    text: `Annual Review letter 2020

I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending 31 March 2020.

Complaint statistics

We focus our statistics on these three key areas:

Bassetlaw District Council For the period ending: 31/03/20`,
  },
  passes: `Annual Review letter 2020

I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending 31 March 2020.

Complaints upheld

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
