// From 2022-23: upheld decisions adjusted for population. "Adjusted for Kent County Council's
// population, this is 3.4 upheld decisions per 100,000 residents." and "The average for authorities
// of this type is 3.4 upheld decisions per 100,000 residents." These are rates, never the upheld
// count (the upheld-decisions statement skips "… per 100,000"). Seen with a stray "%" ("3.9% upheld
// decisions per 100,000 residents"), split over lines, and glued to the next sentence; the flat text
// makes the last two plain sentences. In these texts the remedy block's base is labelled "detailed
// investigations" although it is the upheld decisions: the block reads it as its base all the same.
// The population sentence names the council the figures are about.
import type { LetterFormat, Statement } from './types';
import { NOT_APPLICABLE, NUMBER } from './patterns';
import { councilName } from './facts';

/** "3.4 upheld decisions per 100,000 residents", the number in group n, a stray "%" allowed. */
const RATE = String.raw`(?<n>${NUMBER}) ?%? (?<noun>upheld decisions?) per 100,000 residents`;

const statements: Statement[] = [
  {
    name: 'population-rate',
    keyword: 'per 100,000',
    // Any rate but the average's: "this is 3.4 …", or the figure on a line of its own.
    pattern: new RegExp(String.raw`(?<!type is )${RATE}`, 'gid'),
    read: (g, _w, r) => [{ kind: 'figure', area: 'upheld', field: 'rate', figure: r.figure(g.n!, g.noun) }],
  },
  {
    name: 'population-average',
    keyword: 'average for authorities',
    pattern: new RegExp(String.raw`average for authorities of this type is (?:${RATE}|(?<na>${NOT_APPLICABLE}))`, 'gid'),
    read: (g, _w, r) => [{ kind: 'figure', area: 'upheld', field: 'rateAverage', figure: r.figure((g.n ?? g.na)!, g.noun) }],
  },
  {
    name: 'population-council',
    keyword: 'adjusted for',
    // "Adjusted for Kent County Council's population": the council the page is about.
    pattern: /adjusted for (?<name>[^,.;:]{3,100}?)['’]s? population/gid,
    read: (g, _w, r) => {
      const authority = councilName(g.name!, r);
      return authority ? [{ kind: 'authority', authority }] : [];
    },
  },
];

export const population2023: LetterFormat = {
  name: '2022-23',
  description: 'Upheld decisions per 100,000 residents and the average for that type of authority (2022-23 on)',
  statements,
  headings: [],
};
