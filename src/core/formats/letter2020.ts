// The 2020 Annual Review letter (year ending 31 March 2020), as in the five seed letters:
// "100% of complaints we investigated were upheld.", "This compares to an average of 45% in
// similar authorities.", "1 upheld decision", "Statistics are based on a total of 1 detailed
// investigation for the period between 1 April 2019 to 31 March 2020", and the compliance and
// satisfactory-remedy blocks.
import type { LetterFormat, Statement } from './types';
import { countFigure, periodFact } from './facts';
import { COUNT, NUMBER, PERIOD_BETWEEN, writtenDate } from './patterns';

const statements: Statement[] = [
  {
    name: 'upheld-percent',
    keyword: 'were upheld',
    pattern: new RegExp(String.raw`(?<n>${NUMBER}) ?% of (?:the )?complaints we investigated were upheld`, 'gid'),
    read: (g, _w, r) => [{ kind: 'figure', area: 'upheld', field: 'percent', figure: r.figure(g.n!) }],
  },
  {
    name: 'average',
    keyword: 'average of',
    pattern: new RegExp(String.raw`compares to an average of (?:(?<n>${NUMBER}) ?%|(?<na>n/a))`, 'gid'),
    read: (g, _w, r) => [{ kind: 'figure', area: 'current', field: 'average', figure: r.figure((g.n ?? g.na)!) }],
  },
  {
    name: 'upheld-decisions',
    keyword: 'upheld decision',
    // Not "3.4 upheld decisions per 100,000 residents", a rate (see the 2022-23 format), nor
    // "based on a total of 12 upheld decisions", the remedy block's base (the statistics page).
    pattern: new RegExp(String.raw`(?<!total of )(?<n>${COUNT}) (?<noun>upheld decisions?)(?! ?per\b)`, 'gid'),
    read: (g, _w, r) => {
      const f = countFigure(g, r);
      return f ? [{ kind: 'figure', area: 'upheld', field: 'decisions', figure: f }] : [];
    },
  },
  {
    name: 'detailed-investigations',
    keyword: 'detailed investigation',
    // In the upheld block this is the investigations total; in the remedy block, its base.
    pattern: new RegExp(String.raw`based on a total of (?<n>${COUNT}) (?<noun>detailed investigations?)(?: ${PERIOD_BETWEEN})?`, 'gid'),
    read: (g, _w, r) => {
      const f = countFigure(g, r);
      return f ? [{ kind: 'figure', area: 'current', field: 'total', figure: f }, ...periodFact(g, r, 'current')] : [];
    },
  },
  {
    name: 'compliance-outcomes',
    keyword: 'compliance outcome',
    pattern: new RegExp(String.raw`based on a total of (?<n>${COUNT}) (?<noun>compliance outcomes?)(?: ${PERIOD_BETWEEN})?`, 'gid'),
    read: (g, _w, r) => {
      const f = countFigure(g, r);
      return f ? [{ kind: 'figure', area: 'compliance', field: 'outcomes', figure: f }, ...periodFact(g, r, 'compliance')] : [];
    },
  },
  {
    name: 'compliance-percent',
    keyword: 'successfully implemented',
    pattern: new RegExp(String.raw`(?<n>${NUMBER}) ?% of cases we were satisfied (?:that )?the (?:authority|council) had successfully implemented`, 'gid'),
    read: (g, _w, r) => [{ kind: 'figure', area: 'compliance', field: 'percent', figure: r.figure(g.n!) }],
  },
  {
    name: 'remedy-percent',
    keyword: 'of upheld cases',
    pattern: new RegExp(String.raw`(?<n>${NUMBER}) ?% of upheld cases we found (?:that )?the (?:authority|council) had provided a satisfactory remedy`, 'gid'),
    read: (g, _w, r) => [{ kind: 'figure', area: 'remedy', field: 'percent', figure: r.figure(g.n!) }],
  },
  {
    name: 'remedy-decisions',
    keyword: 'satisfactory remedy decision',
    pattern: new RegExp(String.raw`(?<n>${COUNT}) (?<noun>satisfactory remedy decisions?)`, 'gid'),
    read: (g, _w, r) => {
      const f = countFigure(g, r);
      return f ? [{ kind: 'figure', area: 'remedy', field: 'decisions', figure: f }] : [];
    },
  },
  {
    name: 'intro-year-ending',
    keyword: 'year ending',
    pattern: new RegExp(String.raw`(?<period>for the year ending ${writtenDate('t')})`, 'gid'),
    read: (g, _w, r) => {
      const to = r.date(g, 't');
      return to && g.period ? [{ kind: 'period', area: 'intro', from: null, to, whole: g.period }] : [];
    },
  },
  // Block headings set the area that "average" and "based on a total of" statements belong to.
  {
    name: 'upheld-heading',
    keyword: 'complaints upheld',
    pattern: /complaints upheld/gid,
    read: () => [{ kind: 'area', area: 'upheld' }],
  },
  {
    name: 'compliance-heading',
    keyword: 'compliance with',
    pattern: /compliance with (?:ombudsman )?recommendations/gid,
    read: () => [{ kind: 'area', area: 'compliance' }],
  },
  {
    name: 'remedy-heading',
    keyword: 'satisfactory remed',
    pattern: /satisfactory remed(?:y|ies) provided by/gid,
    read: () => [{ kind: 'area', area: 'remedy' }],
  },
];

export const letter2020: LetterFormat = {
  name: '2020',
  description: 'Annual Review letter 2020 (year ending 31 March 2020) and its statistics page',
  statements,
  headings: [
    { pattern: /^complaint statistics(?: 20\d\d[-/–]\d\d)?$/i, level: 1 },
    { pattern: /^resources to help you get it right$/i, level: 1 },
    { pattern: /^complaints upheld$/i, level: 2, area: 'upheld' },
    { pattern: /^compliance with (?:ombudsman )?recommendations$/i, level: 2, area: 'compliance' },
    { pattern: /^satisfactory remedies provided by the (?:authority|council)$/i, level: 2, area: 'remedy' },
  ],
};
