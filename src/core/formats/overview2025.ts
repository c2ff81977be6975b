// The 2024-25 form. An overview whose parts add up to the whole: "Between 1 April 2024 to 31 March
// 2025, we dealt with 59 complaints. Of these, 18 were not for us or not ready for us to investigate.
// We assessed and closed 26 complaints. We investigated 15 complaints." Then the upheld block opens
// with "We investigated 15 complaints and upheld 11." before "73% of complaints we investigated were
// upheld." A period may stand alone as "Between 1 April 2024 to 31 March 2025" (a heading line).
// A page may open with the council's name over "Complaint overview". A glossary follows some pages; its definitions ("A council with a compliance rate below 100%
// should …") are never figures.
import type { Fact, LetterFormat, Statement } from './types';
import { councilHeading, countFigure, periodFact } from './facts';
import { BETWEEN_DATES, COUNT } from './patterns';

const statements: Statement[] = [
  {
    name: 'period-between',
    keyword: 'between',
    // Block statements read "for the period between …" themselves.
    pattern: new RegExp(String.raw`(?<!period )(?<period>${BETWEEN_DATES})(?<dealt>,? we dealt with)?`, 'gid'),
    read: (g, _w, r) => periodFact(g, r, g.dealt ? 'overview' : 'heading'),
  },
  {
    name: 'overview-complaints',
    keyword: 'we dealt with',
    pattern: new RegExp(String.raw`we dealt with (?<n>${COUNT}) (?<noun>complaints?)`, 'gid'),
    read: (g, _w, r) => {
      const f = countFigure(g, r);
      return f ? [{ kind: 'overview', field: 'complaints', figure: f }] : [];
    },
  },
  {
    name: 'overview-not-for-us',
    keyword: 'not ready for us',
    pattern: new RegExp(String.raw`(?<n>${COUNT}) (?:(?<noun>complaints?) )?(?:were|was) not for us or not ready for us to investigate`, 'gid'),
    read: (g, _w, r) => [{ kind: 'overview', field: 'notForUs', figure: r.figure(g.n!, g.noun) }],
  },
  {
    name: 'overview-assessed',
    keyword: 'assessed and closed',
    pattern: new RegExp(String.raw`assessed and closed (?<n>${COUNT}) (?<noun>complaints?)`, 'gid'),
    read: (g, _w, r) => {
      const f = countFigure(g, r);
      return f ? [{ kind: 'overview', field: 'assessed', figure: f }] : [];
    },
  },
  {
    name: 'investigated',
    keyword: 'we investigated',
    // "We investigated 15 complaints." in the overview; "… and upheld 11." opens the upheld block.
    pattern: new RegExp(String.raw`we investigated (?<n>${COUNT}) (?<noun>complaints?)(?: and upheld (?<u>${COUNT}))?`, 'gid'),
    read: (g, _w, r) => {
      const investigated = countFigure(g, r);
      if (!investigated) return [];
      const facts: Fact[] = [{ kind: 'overview', field: 'investigated', figure: investigated }];
      if (g.u) {
        facts.push({ kind: 'figure', area: 'upheld', field: 'total', figure: investigated }, { kind: 'figure', area: 'upheld', field: 'decisions', figure: r.figure(g.u) });
      }
      return facts;
    },
  },
  {
    name: 'overview-heading',
    keyword: 'complaint overview',
    // "Kent County Council Complaint overview", or the council's name on the line above it.
    pattern: /complaint overview(?: \d{4}(?:[-/]\d{2,4})?)?/gid,
    read: (_g, w, r) => councilHeading(w, r),
  },
  {
    name: 'glossary',
    keyword: 'glossary',
    // Only a line of its own: "see our glossary" in a sentence is no heading.
    pattern: /glossary(?: of terms)?:?/gid,
    read: (_g, w, r) => {
      const line = r.lineOf(w.start);
      return line.start === w.start && line.end === w.end ? [{ kind: 'glossary' }] : [];
    },
  },
];

export const overview2025: LetterFormat = {
  name: '2024-25',
  description: 'The 2024-25 overview of complaints dealt with, and "We investigated N complaints and upheld M"',
  statements,
  headings: [{ pattern: /^glossary(?: of terms)?$/i, level: 1 }, { pattern: /^(?:\S.{0,98} )?complaint overview(?: \d{4}(?:[-/]\d{2,4})?)?$/i, level: 1 }],
};
