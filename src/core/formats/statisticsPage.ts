// The Ombudsman's published statistics text (2018-19 on, and the statistics pages of later letters):
// captions that repeat a block's percentage ("80% Complaints upheld by Poole Borough Council"), the
// remedy block's base ("Statistics are based on a total of 12 upheld decisions"), "Statistics are
// based on a total of 15 investigations" (2018-19, 2023-24), "No recommendations were due for
// compliance in this period", and a heading naming the council ("Poole Borough Council Annual
// statistics", or the name on a line of its own above "Annual statistics") where the letter around
// the figures is missing.
import type { Area } from '../model';
import type { Fact, LetterFormat, Statement, StatementReader } from './types';
import { type Groups, councilHeading, countFigure, isCouncilName, nameToLineEnd, periodFact, yearRangeFact } from './facts';
import { COUNT, PERCENT, PERIOD_BETWEEN, YEAR_RANGE } from './patterns';

function caption(area: Area, g: Groups, whole: { start: number; end: number; text: string }, r: StatementReader): Fact[] {
  const authority = nameToLineEnd(whole.end, r);
  const span = r.located(whole).span;
  return [{ kind: 'caption', area, percent: r.figure(g.n!), authority, span: authority ? { start: span.start, end: authority.span.end } : span }];
}

const statements: Statement[] = [
  {
    name: 'upheld-caption',
    keyword: 'complaints upheld by',
    pattern: new RegExp(String.raw`${PERCENT} complaints upheld by`, 'gid'),
    read: (g, w, r) => caption('upheld', g, w, r),
  },
  {
    name: 'compliance-caption',
    keyword: 'were successfully implemented by',
    pattern: new RegExp(String.raw`${PERCENT} of (?:the )?cases were successfully implemented by`, 'gid'),
    read: (g, w, r) => caption('compliance', g, w, r),
  },
  {
    name: 'remedy-caption',
    keyword: 'with satisfactory remed',
    pattern: new RegExp(String.raw`${PERCENT} complaints with (?:a )?satisfactory remed(?:y|ies) provided by`, 'gid'),
    read: (g, w, r) => caption('remedy', g, w, r),
  },
  {
    name: 'remedy-base',
    keyword: 'based on a total of',
    // The remedy block counts from the upheld decisions (see remedy-inconsistent).
    pattern: new RegExp(String.raw`based on a total of (?<n>${COUNT}) (?<noun>upheld decisions?)(?: ${PERIOD_BETWEEN})?`, 'gid'),
    read: (g, _w, r) => {
      const f = countFigure(g, r);
      return f ? [{ kind: 'figure', area: 'remedy', field: 'total', figure: f }, ...periodFact(g, r, 'remedy')] : [];
    },
  },
  {
    name: 'investigations-total',
    keyword: 'based on a total of',
    pattern: new RegExp(String.raw`based on a total of (?<n>${COUNT}) (?<noun>investigations?)(?: ${PERIOD_BETWEEN})?`, 'gid'),
    read: (g, _w, r) => {
      const f = countFigure(g, r);
      return f ? [{ kind: 'figure', area: 'current', field: 'total', figure: f }, ...periodFact(g, r, 'current')] : [];
    },
  },
  {
    name: 'none-due',
    keyword: 'no recommendations were due',
    pattern: /no recommendations were due(?: for compliance)?(?: in this period)?/gid,
    read: (_g, w, r) => [{ kind: 'none-due', text: r.located(w) }],
  },
  {
    name: 'statistics-heading',
    keyword: 'annual statistics',
    // Only a line that is a council's name followed by "Annual statistics" (and perhaps the year),
    // or "Annual statistics" alone under a line that is the council's name.
    pattern: /annual statistics(?: \d{4}(?:[-/]\d{2,4})?)?/gid,
    read: (_g, w, r) => councilHeading(w, r),
  },
  {
    name: 'statistics-heading-year-range',
    keyword: 'statistics 20',
    // A heading line, "Complaint statistics 2021-22" or "Kent County Council Annual statistics 2022-23":
    // the Ombudsman's year its statistics cover (the same words inside a sentence may be another
    // year's), and the council named before it or on the line above ("Annual statistics" is read above).
    pattern: new RegExp(String.raw`(?:(?<complaint>complaint)|annual) statistics (?<period>${YEAR_RANGE})`, 'gid'),
    read: (g, w, r) => {
      const line = r.lineOf(w.start);
      const before = line.text.slice(0, Math.max(0, w.start - line.start)).trim();
      if (line.end !== w.end || !(before === '' || isCouncilName(before))) return [];
      return [...(g.complaint ? councilHeading(w, r) : []), ...yearRangeFact(g, 'heading')];
    },
  },
];

export const statisticsPage: LetterFormat = {
  name: 'statistics-page',
  description: 'The published statistics text and statistics pages: captions, remedy base, "no recommendations were due", council heading',
  statements,
  headings: [{ pattern: /^(?:\S.{0,98} )?annual statistics(?: \d{4}(?:[-/]\d{2,4})?)?$/i, level: 1 }],
};
