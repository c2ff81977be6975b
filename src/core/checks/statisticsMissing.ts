import type { Rule } from './types';
import { statisticsAnchor } from './areas';

export const statisticsMissing: Rule = {
  meta: {
    code: 'statistics-missing',
    title: 'No statistics figures',
    defaultSeverity: 'warning',
    description:
      'The letter states none of the three key areas\' figures (complaints upheld, compliance with recommendations, satisfactory remedies). A letter whose statistics page footer is present with nothing under it is reported too.',
  },
  check({ letter, report }) {
    const { upheld, compliance, remedy, overview, tables } = letter.statistics;
    // Letters before 2019-20 state their figures in tables, the 2024-25 letter in an overview.
    if (upheld || compliance || remedy || overview || (tables?.length ?? 0) > 0) return;
    const related = letter.footers.map((f) => ({ message: 'A statistics page footer, with no figures under it', span: f.span }));
    report({
      message: 'No statistics figures: the letter states none of the three key areas (complaints upheld, compliance with recommendations, satisfactory remedies)',
      span: statisticsAnchor(letter),
      related,
    });
  },
};
