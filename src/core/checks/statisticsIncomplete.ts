import type { Rule } from './types';
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
