// The letter's sentences as council reports, committee papers and local news quote them (issue 11):
// "per cent" or "percent" for "%"; counts in words ("five being upheld out of nine detailed
// investigations"); "21 cases were upheld of 35 detailed investigations", "8 upheld decisions out of
// 12"; a percentage with its count ("6% (2 cases)"); "In all cases we were satisfied …" (100%); the
// third person ("the Ombudsman was satisfied the Council had implemented …", "the Council had
// provided a satisfactory remedy"); periods "1st April 2021 to 31st March 2022" and "April 1, 2020
// to March 31, 2021", "for the period 2021/22", "the Annual Review letter for 2021-22". Whose figure a quoted sentence states is judged apart (parse/scope.ts).
import type { Area } from '../model';
import type { Fact, LetterFormat, Statement, StatementReader } from './types';
import { type Groups, yearRangeFact } from './facts';
import { COUNT, NUMBER, PER_CENT, YEAR_RANGE, usDate, writtenDate } from './patterns';
import { COUNT_WORD } from './numberWords';

/** A count in digits or words. */
const CW = String.raw`(?:${COUNT}|${COUNT_WORD})`;
/** "6% (2 cases)": the count behind a percentage, groups k and kn. */
const CASES = String.raw`(?: \((?<k>${CW}) (?<kn>cases?)\))?`;
const THE_COUNCIL = '(?:the )?(?:authority|council)';
const TOTAL_NOUN = String.raw`detailed investigations?|investigations?`;

/** The area's percentage (group n, or "all" as 100) and, when given as "(2 cases)", its count. */
function percentFacts(area: Area, g: Groups, r: StatementReader): Fact[] {
  const facts: Fact[] = [{ kind: 'figure', area, field: 'percent', figure: g.all ? r.figure(g.all, undefined, 100) : r.figure(g.n!) }];
  if (g.k && area !== 'compliance') facts.push({ kind: 'figure', area, field: 'decisions', figure: r.figure(g.k, g.kn) });
  return facts;
}

/** Upheld decisions (k, noun kn or kn2) of a total (t, noun tn). */
function upheldOfTotal(g: Groups, r: StatementReader): Fact[] {
  return [
    { kind: 'figure', area: 'upheld', field: 'decisions', figure: r.figure(g.k!, g.kn ?? g.kn2) },
    { kind: 'figure', area: 'upheld', field: 'total', figure: r.figure(g.t!, g.tn) },
  ];
}

/** A date either way round, groups with prefix p (day first) or P (month first); never the end of a longer number ("1.5 April"). */
const date = (p: string): string => String.raw`(?:(?<![\w.,])${writtenDate(p)}|${usDate(p.toUpperCase())})`;

const statements: Statement[] = [
  {
    name: 'quoted-upheld-percent',
    // The 2020 letter's keyword: one alternative fewer in the keyword scan, the same places.
    keyword: 'were upheld',
    pattern: new RegExp(String.raw`(?<n>${NUMBER})${PER_CENT}${CASES} of (?:the )?complaints (?:that )?(?:we|the ombudsman|it) investigated were upheld`, 'gid'),
    read: (g, _w, r) => percentFacts('upheld', g, r),
  },
  {
    name: 'quoted-compliance-percent',
    keyword: 'satisfied',
    pattern: new RegExp(String.raw`(?:in (?<all>all)(?: of the)? cases|(?:in )?(?<n>${NUMBER})${PER_CENT} of (?:the )?cases),? (?:we were|the ombudsman was) satisfied (?:that )?${THE_COUNCIL} had (?:successfully )?implemented`, 'gid'),
    read: (g, _w, r) => percentFacts('compliance', g, r),
  },
  {
    name: 'quoted-remedy-percent',
    keyword: 'of upheld cases',
    pattern: new RegExp(String.raw`(?<n>${NUMBER})${PER_CENT}${CASES} of upheld cases,? (?:(?:we|the ombudsman) found (?:that )?)?${THE_COUNCIL} had provided a satisfactory remedy`, 'gid'),
    read: (g, _w, r) => percentFacts('remedy', g, r),
  },
  {
    name: 'quoted-upheld-of',
    keyword: 'upheld of',
    pattern: new RegExp(String.raw`(?<k>${CW}) (?:(?<kn>cases?|complaints?) )?(?:were|was|being) upheld of (?:the )?(?<t>${CW}) (?<tn>${TOTAL_NOUN})`, 'gid'),
    read: (g, _w, r) => upheldOfTotal(g, r),
  },
  {
    name: 'quoted-upheld-out-of',
    keyword: 'out of',
    // Without a noun after the total, only at the end of the clause: "out of 12 councils" is no total.
    pattern: new RegExp(String.raw`(?<k>${CW}) (?:(?<kn>upheld decisions?)|(?:(?<kn2>cases?|complaints?) )?(?:were|was|being) upheld) out of (?:the )?(?<t>${CW})(?: (?<tn>${TOTAL_NOUN}|complaints? investigated)|(?=[.,;:)]|$))`, 'gid'),
    read: (g, _w, r) => upheldOfTotal(g, r),
  },
  {
    name: 'quoted-average',
    keyword: 'average of',
    // "%" after "compares to" is the 2020 letter's own statement; these are the quoted forms.
    pattern: new RegExp(String.raw`compares (?:to an average of (?<n>${NUMBER}) ?per ?cent\b|with an average of (?:(?<m>${NUMBER})${PER_CENT}|(?<na>n/a)))`, 'gid'),
    read: (g, _w, r) => [{ kind: 'figure', area: 'current', field: 'average', figure: r.figure((g.n ?? g.m ?? g.na)!) }],
  },
  {
    name: 'quoted-period',
    keyword: 'april',
    // The Ombudsman's year runs from April: "1st April 2021 to 31st March 2022", "April 1, 2020 to March 31, 2021".
    pattern: new RegExp(String.raw`(?<period>(?:from |between |for the (?:period|year) (?:from |between )?)?${date('f')},? (?:to|and|until|-|–) ${date('t')})`, 'gid'),
    read: (g, _w, r) => {
      const to = r.date(g, 't') ?? r.date(g, 'T');
      return to && g.period ? [{ kind: 'period', area: 'intro', from: r.date(g, 'f') ?? r.date(g, 'F'), to, whole: g.period }] : [];
    },
  },
  {
    name: 'quoted-period-year-range',
    keyword: 'period 20',
    pattern: new RegExp(String.raw`(?<period>(?:for|covers|covering) the period ${YEAR_RANGE})`, 'gid'),
    read: (g) => yearRangeFact(g, 'intro', { inProse: true }),
  },
  {
    name: 'quoted-year-range',
    keyword: 'year 20',
    pattern: new RegExp(String.raw`(?<period>for the (?:financial )?year ${YEAR_RANGE})`, 'gid'),
    read: (g) => yearRangeFact(g, 'intro', { inProse: true }),
  },
  {
    name: 'quoted-letter-for-year-range',
    keyword: 'review letter for',
    // A committee report's "the Annual Review letter for 2021/22" (a title's single year is read by parse/title.ts).
    pattern: new RegExp(String.raw`annual review letter for (?<period>${YEAR_RANGE})`, 'gid'),
    read: (g) => yearRangeFact(g, 'intro', { inProse: true }),
  },
];

export const quoted: LetterFormat = {
  name: 'quoted',
  description: 'The letter\'s statistics sentences as reports and articles quote them: per cent, counts in words, "out of", the third person, other date orders',
  statements,
  headings: [],
  variantsOfOthers: true,
};

